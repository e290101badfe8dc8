import type { MiddlewareHandler } from 'hono';
import { isAdmin } from '../auth/roles.ts';
import { accountOf } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';

/** 403 unless the logged-in account is an admin; behind requireLogin. */
export const requireAdmin: MiddlewareHandler = async (c, next) => {
  if (!isAdmin(accountOf(c))) {
    throw new ApiError(403, 'Das dürfen nur Konten mit der Rolle „admin“.');
  }
  await next();
};
