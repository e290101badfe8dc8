import type { SessionInfo } from '../shared/results/results-model.ts';
import { SESSION_PATH } from '../shared/results/results-paths.ts';
import {
  type DraftView,
  draftPath,
  type PublishRequest,
  type PublishResult,
  publishPath,
} from '../shared/survey-editor/editor-api.ts';

/** The server refused: its German message and, where it gave them, the single problems. */
export class EditorApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** What the editor page needs from the endpoint; components get it as a prop, never fetch. */
export interface EditorApi {
  /** Who is logged in, or undefined when nobody is. */
  session(): Promise<SessionInfo | undefined>;
  load(surveyId: string): Promise<DraftView>;
  /** Stores the definition as the draft (any JSON: the reply's review says what is wrong). */
  save(surveyId: string, definition: unknown): Promise<DraftView>;
  discard(surveyId: string): Promise<void>;
  publish(surveyId: string, request: PublishRequest): Promise<PublishResult>;
}

export async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string; details?: string[] };
    throw new EditorApiError(body.error ?? `Fehler ${res.status}`, res.status, body.details);
  }
  return (await res.json()) as T;
}

export function createEditorApi(fetchFn: typeof fetch = fetch.bind(globalThis)): EditorApi {
  // Same origin only; the session cookie is SameSite=Strict and HttpOnly.
  const send = (path: string, method = 'GET', body?: unknown) =>
    fetchFn(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
  return {
    async session() {
      const res = await send(SESSION_PATH);
      return res.ok ? ((await res.json()) as SessionInfo) : undefined;
    },
    load: async (id) => readJson<DraftView>(await send(draftPath(id))),
    save: async (id, definition) =>
      readJson<DraftView>(await send(draftPath(id), 'PUT', definition)),
    async discard(id) {
      const res = await send(draftPath(id), 'DELETE');
      // Nothing to discard is what the admin wanted anyway.
      if (!res.ok && res.status !== 404) await readJson(res);
    },
    publish: async (id, request) =>
      readJson<PublishResult>(await send(publishPath(id), 'POST', request)),
  };
}
