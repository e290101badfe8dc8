import type { Context, Hono, MiddlewareHandler } from 'hono';
import { dayOf } from '../../shared/answer-schema.ts';
import { RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import { adminOfPage } from '../admin/admin-page-gate.ts';
import { recordAudit } from '../auth/audit.ts';
import { accountOf } from '../auth/sessions.ts';
import { openUrn } from '../sealed/open-urn.ts';
import {
  renderUrnForm,
  renderUrnMessage,
  renderUrnOverview,
  renderUrnRecord,
  URN_PAGE_CSP,
  URN_PAGE_PATH,
  type UrnSummary,
} from '../sealed/urn-pages.ts';
import { describeUrnProblemGerman, UrnError } from '../sealed/urn-problems.ts';
import type { ServerStore } from '../store/server-store.ts';
import { limitBody } from './guards.ts';

type Status = 200 | 400 | 401 | 403 | 404 | 409;

/**
 * The opening page (Urnenöffnung), server-rendered HTML behind an admin's login: GET the
 * overview of sealed waves, GET one wave (its form, or its record once opened), POST the shares
 * to open it. Shares are never logged, stored or sent back into the page.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono env; these routes read no variables.
export function addUrnOpeningRoutes(app: Hono<any>, store: ServerStore): void {
  const guard = requireAdminPage(store);
  app.use(URN_PAGE_PATH, guard);
  app.use(`${URN_PAGE_PATH}/*`, guard);

  app.get(URN_PAGE_PATH, async (c) => {
    const counts = await store.countEnvelopesPerWave();
    const today = dayOf(new Date());
    const urns: UrnSummary[] = [];
    for (const wave of await store.listWaves()) {
      if (!wave.sealed) continue;
      urns.push({
        wave,
        key: await store.getWaveKey(wave.id),
        envelopes: counts.get(wave.id) ?? 0,
        ended: today > wave.to,
        opening: await store.findUrnOpening(wave.id),
      });
    }
    return page(c, renderUrnOverview(urns));
  });

  app.get(`${URN_PAGE_PATH}/:wave{[0-9]+}`, async (c) => {
    const found = await sealedWave(store, Number(c.req.param('wave')));
    if (!found) return notFound(c);
    const { wave, key } = found;
    const opening = await store.findUrnOpening(wave.id);
    if (opening) return page(c, renderUrnRecord(opening, wave, key));
    if (dayOf(new Date()) <= wave.to) {
      const problem = describeUrnProblemGerman({
        code: 'wave-not-ended',
        waveId: wave.id,
        lastDay: wave.to,
      });
      return page(c, renderUrnMessage('Noch nicht zu öffnen', problem, backLink), 409);
    }
    const envelopes = (await store.countEnvelopesPerWave()).get(wave.id) ?? 0;
    return page(c, renderUrnForm(wave, key, envelopes));
  });

  app.post(`${URN_PAGE_PATH}/:wave{[0-9]+}`, sameOrigin, limitBody(64 * 1024), async (c) => {
    const found = await sealedWave(store, Number(c.req.param('wave')));
    if (!found) return notFound(c);
    const { wave, key } = found;
    const form = await c.req.parseBody({ all: true });
    const shares = [form.share ?? []]
      .flat()
      .filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    try {
      const { opening } = await openUrn(store, wave.id, shares, new Date());
      await recordAudit(store, accountOf(c).name, 'urn-open', {
        wave: wave.id,
        holders: opening.holders,
        valid: opening.valid,
      });
      return page(c, renderUrnRecord(opening, wave, key, true));
    } catch (err) {
      if (!(err instanceof UrnError)) throw err;
      const sentence = describeUrnProblemGerman(err.problem);
      if (['urn-opened', 'wave-not-ended', 'urn-destroyed'].includes(err.problem.code)) {
        return page(c, renderUrnMessage('Nicht geöffnet', sentence, backLink), 409);
      }
      const envelopes = (await store.countEnvelopesPerWave()).get(wave.id) ?? 0;
      return page(c, renderUrnForm(wave, key, envelopes, sentence), 400);
    }
  });
}

const backLink = `<p><a href="${URN_PAGE_PATH}">Zur Übersicht</a></p>`;

function page(c: Context, html: string, status: Status = 200): Response {
  c.header('Cache-Control', 'no-store');
  c.header('X-Frame-Options', 'DENY');
  c.header('Content-Security-Policy', URN_PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(html, status);
}

const notFound = (c: Context) =>
  page(
    c,
    renderUrnMessage('Nicht gefunden', 'Diese Welle hat keine verschlossene Urne.', backLink),
    404,
  );

async function sealedWave(store: ServerStore, waveId: number) {
  const wave = (await store.listWaves()).find((w) => w.id === waveId && w.sealed);
  const key = wave && (await store.getWaveKey(wave.id));
  return wave && key ? { wave, key } : undefined;
}

/** Admins only (roles.ts); a person at a browser gets a page that says where to log in. */
function requireAdminPage(store: ServerStore): MiddlewareHandler {
  return async (c, next) => {
    const gate = await adminOfPage(c, store, 'Die Urnenöffnung');
    if ('account' in gate) {
      c.set('account', gate.account);
      return next();
    }
    const { title, sentence, status } = gate.refusal;
    const link =
      status === 401
        ? `<p><a href="${RESULTS_PAGE_PATH}">Zur Anmeldung</a></p>`
        : `<p><a href="${RESULTS_PAGE_PATH}">Zur Auswertung</a></p>`;
    return page(c, renderUrnMessage(title, sentence, link), status);
  };
}

/**
 * CSRF: the session cookie is SameSite=Strict, so another site's form arrives without it; as a
 * second lock (older browsers, a sibling subdomain), the form must come from this origin — by
 * Sec-Fetch-Site, which a proxy cannot garble, or else by the Origin header. The login route
 * gets the same effect by taking JSON only, which a form cannot send; this form must post HTML.
 */
const sameOrigin: MiddlewareHandler = async (c, next) => {
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const ok = site ? site === 'same-origin' : origin === new URL(c.req.url).origin;
  if (ok) return next();
  return page(
    c,
    renderUrnMessage(
      'Abgelehnt',
      'Diese Anfrage kam nicht von der Seite der Urnenöffnung und wurde abgelehnt; nichts wurde verändert.',
      backLink,
    ),
    403,
  );
};
