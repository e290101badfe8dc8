import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * `npm start`'s main.ts in a process of its own on `databaseUrl` (PostgreSQL), API only, with
 * limits high enough for a test's traffic; `env` adds to or overrides that. Resolves with its URL
 * once it serves; stop it with stopServerProcess.
 */
export async function startServerProcess(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      URNE_DIST: '/nonexistent',
      URNE_RATE_LIMIT: '1000000',
      URNE_KIOSK_DAY_LIMIT: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  for await (const chunk of child.stdout ?? []) {
    out += chunk;
    const match = /Urne is serving (http:\/\/\S+)/.exec(out);
    if (match?.[1]) return { url: match[1], child };
  }
  throw new Error(`the server process ended: ${out}`);
}

export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
