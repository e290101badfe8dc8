import type { Hono } from 'hono';
import { type AccessibilityContact, DEFAULT_ACCESSIBILITY_CONTACT } from './contact.ts';
import {
  renderStatement,
  STATEMENT_CSS,
  STATEMENT_CSS_PATH,
  STATEMENT_PATH,
} from './statement-page.ts';

/**
 * GET /barrierefreiheit and its stylesheet: public (no login), as the law wants the statement
 * to be; the protective headers come from security-headers.ts like on every other page.
 */
export function addAccessibilityRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; these routes read no variables.
  app: Hono<any>,
  contact: AccessibilityContact = DEFAULT_ACCESSIBILITY_CONTACT,
): void {
  const page = renderStatement(contact);
  app.get(STATEMENT_PATH, (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(page);
  });
  app.get(STATEMENT_CSS_PATH, (c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(STATEMENT_CSS);
  });
}
