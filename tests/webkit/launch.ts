import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { driverReady, WebDriverSession } from './webdriver.ts';

// Debian 12's WebKitGTK (apt-get install webkit2gtk-driver xvfb xauth): the driver, the browser it
// drives and the X server the browser draws on. Each can be pointed elsewhere for another distro.
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** What is missing for the WebKit tier, or an empty list. */
export function missingForWebKit(): string[] {
  return [WEBKIT_DRIVER, MINIBROWSER, XVFB].filter((path) => !existsSync(path));
}

/** A WebKit session with the processes behind it, all stopped by close(). */
export interface WebKit {
  session: WebDriverSession;
  close(): Promise<void>;
}

/**
 * Starts an X server, WebKitWebDriver and one MiniBrowser session. Everything is per session, not
 * per test run: the driver holds one session at a time, and two test files may run at once.
 * MiniBrowser runs an ephemeral profile under automation, so every session starts empty
 * (no service worker, no IndexedDB) and leaves nothing behind.
 */
export async function launchWebKit(): Promise<WebKit> {
  const processes: ChildProcess[] = [];
  const stop = async () => {
    for (const child of processes.reverse()) await stopGroup(child);
  };
  try {
    // Room for a portrait 768×1024 viewport plus MiniBrowser's toolbar.
    const xvfb = spawnGroup(
      XVFB,
      ['-displayfd', '3', '-screen', '0', '1600x1400x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    processes.push(xvfb);
    const display = await readDisplay(xvfb);
    const port = await freePort();
    const driver = spawnGroup(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // The kiosk starts in German whatever the browser's language (WebKitGTK here says en-US).
      env: { ...process.env, DISPLAY: `:${display}` },
    });
    processes.push(driver);
    const driverUrl = `http://127.0.0.1:${port}`;
    await waitFor(() => driverReady(driverUrl), 10_000, `${WEBKIT_DRIVER} on port ${port}`);
    const session = await WebDriverSession.create(driverUrl, {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
    return {
      session,
      async close() {
        await session.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Spawns in a process group of its own, so stopping it also stops what it started (MiniBrowser). */
function spawnGroup(
  command: string,
  args: string[],
  options: Parameters<typeof spawn>[2],
): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2_000);
  });
  child.once('exit', (code, signal) => {
    if (code && !signal) console.warn(`${command} exited with ${code}: ${stderr}`);
  });
  return child;
}

/** SIGTERM to the group by its leader's PID; SIGKILL if it is still there after 3 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Xvfb -displayfd picks a free display itself and writes its number to fd 3: no race for a free one. */
function readDisplay(xvfb: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display')), 10_000);
    xvfb.stdio[3]?.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** A port free right now (the driver takes it a moment later; a clash would fail loudly). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(ready: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
