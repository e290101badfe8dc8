import { openStore } from '../store/open-store.ts';
import type { ServerStore } from '../store/server-store.ts';

/** A command's body: the arguments after `npm run <command> --`, the environment, an exit code. */
export type CliMain = (argv: string[], env: NodeJS.ProcessEnv) => Promise<number>;

/**
 * How every CLI ends: the exit code its body returns, or 1 and the error's
 * message (never a stack: IT reads this, and what went wrong is in the
 * message). Sets `process.exitCode` rather than calling exit, so output
 * still being written is not cut off.
 */
export function runCli(main: CliMain): void {
  main(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}

/**
 * Opens the database, runs `work` on it and closes it again, whatever `work` did. DATABASE_URL
 * chooses PostgreSQL, as for the server, so the commands work on the same store it uses.
 */
export async function withStore<T>(
  dbPath: string,
  work: (store: ServerStore) => Promise<T>,
  databaseUrl = process.env.DATABASE_URL,
): Promise<T> {
  const store = await openStore({ dbPath, databaseUrl });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
