import { text } from 'node:stream/consumers';

/**
 * A new password: URNE_ACCOUNT_PASSWORD if set (for automated set-ups), else stdin
 * (`… < file`, or typed, ended with Ctrl-D). Never an argument: those end up in the shell
 * history and the process list.
 */
export async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env.URNE_ACCOUNT_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) {
    console.error('Type the new password, then Enter and Ctrl-D:');
  }
  // Only the trailing line break is dropped; spaces inside a passphrase are kept.
  return (await text(process.stdin)).replace(/\r?\n$/, '');
}
