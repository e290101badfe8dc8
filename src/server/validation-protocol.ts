import type { SurveyDefinition } from '../shared/survey-schema.ts';
import type { ApiError } from './http-error.ts';
import type { IncomingBatch } from './store/server-store.ts';

/** Main thread → validation worker. */
export type ToWorker =
  | {
      type: 'prepare';
      task: number;
      /** Which app's survey catalog answers this task's look-ups. */
      catalog: number;
      /** The raw request body (transferred, not copied). */
      body: ArrayBuffer;
      key: string;
      office: string;
    }
  | { type: 'found'; task: number; definition: SurveyDefinition | undefined };

/** Validation worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'find'; task: number; surveyId: string; version: string }
  | { type: 'done'; task: number; batch: IncomingBatch; error?: undefined }
  | { type: 'done'; task: number; batch?: undefined; error: WorkerError };

/** An error crosses the thread boundary as data and is rebuilt on the main thread. */
export type WorkerError =
  | { kind: 'api'; status: ApiError['status']; message: string; details?: string[] }
  | { kind: 'schema'; issues: { code: string; path: PropertyKey[]; message: string }[] }
  | { kind: 'other'; message: string };
