// A small W3C WebDriver client over fetch: the few commands the WebKit tier needs, no dependency.
// https://www.w3.org/TR/webdriver2/ — every reply is `{ value }`, an error `{ value: { error, message } }`.

/** How the protocol marks an element in a reply or an argument. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** An element on the page, as the driver knows it (valid until the page navigates). */
export interface ElementRef {
  [ELEMENT_KEY]: string;
}

export function isElement(value: unknown): value is ElementRef {
  return typeof value === 'object' && value !== null && ELEMENT_KEY in value;
}

/** One pointer action of "Perform Actions" (§15.7): enough for a move, a press and a hold. */
export type PointerAction =
  | { type: 'pointerMove'; x: number; y: number; duration?: number; origin?: 'viewport' }
  | { type: 'pointerDown' | 'pointerUp'; button: number }
  | { type: 'pause'; duration: number };

export class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`WebDriver ${code}: ${message}`);
  }
}

async function call<T>(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok || (reply.value && typeof reply.value === 'object' && 'error' in reply.value)) {
    throw new WebDriverError(
      reply.value?.error ?? String(response.status),
      reply.value?.message ?? '',
    );
  }
  return reply.value;
}

/** A driver's /status: ready once it accepts a new session. */
export async function driverReady(driverUrl: string): Promise<boolean> {
  try {
    return (await call<{ ready: boolean }>(`${driverUrl}/status`, 'GET')).ready;
  } catch {
    return false;
  }
}

/** One browser session. WebKitWebDriver holds one at a time, so each session has its own driver. */
export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  static async create(
    driverUrl: string,
    alwaysMatch: Record<string, unknown>,
  ): Promise<WebDriverSession> {
    const { sessionId, capabilities } = await call<{
      sessionId: string;
      capabilities: Record<string, unknown>;
    }>(`${driverUrl}/session`, 'POST', { capabilities: { alwaysMatch } });
    return new WebDriverSession(`${driverUrl}/session/${sessionId}`, capabilities);
  }

  private command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    return call<T>(`${this.base}${path}`, method, body);
  }

  navigate(url: string): Promise<null> {
    return this.command('POST', '/url', { url });
  }

  currentUrl(): Promise<string> {
    return this.command('GET', '/url');
  }

  /** Reloads the page and waits for it to load (pageLoadStrategy "normal"). */
  refresh(): Promise<null> {
    return this.command('POST', '/refresh', {});
  }

  /**
   * Runs `fn` in the page with `args` (JSON, or ElementRefs) and returns its result; a returned
   * promise is awaited by the driver. `fn` travels as source text, so it may use only its
   * arguments and the page's globals, never this file's variables.
   */
  execute<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.command('POST', '/execute/sync', {
      script: `return (${fn.toString()}).apply(null, arguments);`,
      args,
    });
  }

  /** A real click at the element's centre, after the driver scrolled it into view. */
  click(element: ElementRef): Promise<null> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/click`, {});
  }

  /** Types into an input or textarea, key by key. */
  type(element: ElementRef, text: string): Promise<null> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/value`, { text });
  }

  /** One pointer ("mouse": WebKitGTK's driver has no touch input) doing `actions` in order. */
  async pointer(actions: PointerAction[]): Promise<void> {
    await this.command('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'finger', parameters: { pointerType: 'mouse' }, actions }],
    });
    await this.command('DELETE', '/actions');
  }

  /** The viewport as PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>('GET', '/screenshot'), 'base64');
  }

  setWindowRect(rect: { width: number; height: number }): Promise<unknown> {
    return this.command('POST', '/window/rect', rect);
  }

  /** Ends the session; the driver closes the browser. */
  async close(): Promise<void> {
    await this.command('DELETE', '');
  }
}
