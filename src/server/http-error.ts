/**
 * The one error class of the endpoint (after hono's HTTPException): a status,
 * a sentence a non-technical person understands, optional specifics, and
 * optional extra headers such as `Retry-After`. The top-level error handler
 * turns it into an ErrorBody response.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 410 | 413 | 415 | 422 | 429 | 500 | 503,
    message: string,
    readonly details?: string[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
