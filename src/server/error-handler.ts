import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../shared/wire-schema.ts';
import '../shared/zod-locale.ts';
import { describeIssues, isSchemaError } from '../shared/zod-messages.ts';
import { ApiError } from './http-error.ts';

/** A 200-set batch can have hundreds of problems; a person reads the first few. */
const MAX_DETAILS = 20;

export function limitDetails(details: string[]): string[] {
  if (details.length <= MAX_DETAILS) return details;
  const rest = details.length - MAX_DETAILS;
  return [...details.slice(0, MAX_DETAILS), `… and ${rest} more problem${rest === 1 ? '' : 's'}`];
}

/** A wrong shape, as the 400 that names each problem. */
export function schemaErrorResponse(err: Parameters<typeof describeIssues>[0]): ApiError {
  return new ApiError(
    400,
    'The batch is not in the expected form. Nothing was stored.',
    limitDetails(describeIssues(err)),
  );
}

/**
 * The single place where errors become responses: a wrong shape is 400 with
 * the list of problems, an ApiError keeps its status, anything else is logged
 * and answered with a plain 500, never a stack trace.
 */
export function createErrorHandler(log: (line: string) => void): ErrorHandler {
  return (thrown, c) => {
    let status: ApiError['status'];
    let body: ErrorBody;
    const err = isSchemaError(thrown) ? schemaErrorResponse(thrown) : thrown;
    if (err instanceof ApiError) {
      status = err.status;
      body = err.details ? { error: err.message, details: err.details } : { error: err.message };
      for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    } else if (err instanceof HTTPException && err.status < 500) {
      status = err.status as ApiError['status'];
      body = { error: 'The request could not be handled.' };
    } else {
      // Only the error itself is logged, never the request body (it holds answers).
      log(`error ${c.req.method} ${c.req.path}: ${err.stack ?? String(err)}`);
      status = 500;
      body = {
        error: 'Something went wrong on the server. Nothing was stored; the kiosk will try again.',
      };
    }
    c.header('Cache-Control', 'no-store');
    return c.json(body, status);
  };
}
