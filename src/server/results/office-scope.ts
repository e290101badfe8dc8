import type { Context, MiddlewareHandler } from 'hono';
import { MERGED_OFFICE, type Wave } from '../../shared/results/results-model.ts';
import { isAdmin, mayExport, seesAll, seesOffice } from '../auth/roles.ts';
import { accountOf } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import type { Account } from '../store/account-store.ts';
import type { ServerStore } from '../store/server-store.ts';
import { readResultsQuery } from './data-routes.ts';
import { findWave } from './summary.ts';

/**
 * Every office a wave's figures could hold: those with answers, with envelopes in its urn, and
 * those with kiosks. A total over the wave, or "andere Standorte", is shown only to an account
 * that sees all of them: otherwise the total minus its own office's figures is the others'.
 */
export async function officesOfWave(store: ServerStore, wave: Wave): Promise<string[]> {
  const offices = new Set(await store.listOffices(wave.surveyId));
  for (const o of await store.countEnvelopes(wave.id)) offices.add(o.office);
  for (const k of await store.listKiosks()) offices.add(k.office);
  return [...offices];
}

/** Whether `account` sees every office of the wave (and so its totals and merged offices). */
export async function seesWholeWave(store: ServerStore, account: Account, wave: Wave) {
  return isAdmin(account) || seesAll(account, await officesOfWave(store, wave));
}

/** 403 unless the account may see the query's office (or, with none, the whole wave). */
async function checkScope(c: Context, store: ServerStore): Promise<void> {
  const account = accountOf(c);
  if (isAdmin(account)) return;
  const query = readResultsQuery(c);
  if (query.office !== undefined && query.office !== MERGED_OFFICE) {
    if (seesOffice(account, query.office)) return;
    throw new ApiError(
      403,
      `Die Ergebnisse von „${query.office}“ sind für Ihr Konto nicht freigegeben.`,
    );
  }
  const { wave } = await findWave(store, query.wave);
  if (await seesWholeWave(store, account, wave)) return;
  throw new ApiError(
    403,
    `Ihr Konto sieht die Ergebnisse dieser Standorte: ${account.offices.join(', ')}. Bitte wählen Sie einen davon.`,
  );
}

/** In front of the summary: only offices the account was given. */
export function requireOfficeScope(store: ServerStore): MiddlewareHandler {
  return async (c, next) => {
    await checkScope(c, store);
    await next();
  };
}

/** In front of the export: as the summary, and never for a viewer. */
export function requireExportRight(store: ServerStore): MiddlewareHandler {
  return async (c, next) => {
    if (!mayExport(accountOf(c))) {
      throw new ApiError(
        403,
        'Ihr Konto darf Ergebnisse ansehen und drucken, aber keine Antworten exportieren.',
      );
    }
    await checkScope(c, store);
    await next();
  };
}
