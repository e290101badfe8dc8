import type { Wave } from '../../shared/results/results-model.ts';
import { isSmallGroup } from '../../shared/results/summarize.ts';
import { BREAKDOWN_QUESTION, type ExportedSet } from '../store/results-store.ts';
import { isoMonday } from './periods.ts';

/**
 * The export's rows are k-anonymous (k = MIN_GROUP_SIZE) over what someone who saw a visitor
 * could know: office, day, reason, how the visit was arranged, language and whether children
 * came along. A row is written at the finest of these levels where at least k written rows share
 * its values, or not at all:
 *   0. the ISO week instead of the day (the default: a day and an office narrow a visit down
 *      to a handful of people),
 *   1. the whole wave instead of the week,
 *   2. and "*" for arrangement, language and children,
 *   3. else "*" for all of them, office and reason included.
 * Levels 0 and 1 are filled in order, each from the rows the finer ones left, so each of their
 * classes really holds k rows; a level-2 row's "*"s match any value, so its class is every row
 * of its office and reason, which released.ts keeps at 0 or at least k (withheld cells). Rows are generalised, never dropped: a dropped row would be the
 * difference between the page's n (or an office's, a reason's) and the file's rows, and with it
 * its answers. What level 3 still allows: the page's per-office counts minus the file's tell
 * which offices its rows come from, nothing finer.
 */
export const QUASI_IDENTIFIERS = [BREAKDOWN_QUESTION, 'arrangement', 'language', 'with_children'];
const COARSENED = new Set(['arrangement', 'language', 'with_children']);
export const GENERALISED = '*';

/** 3: no level held k rows; the row is written with "*" for every quasi-identifier. */
export type Level = 0 | 1 | 2 | 3;

/** The values a row is known by at a level (office already as released). */
export function classKey(set: ExportedSet, office: string, level: 0 | 1 | 2): string {
  const when = level === 0 ? isoMonday(set.day) : 'wave';
  const rest = QUASI_IDENTIFIERS.map((q) =>
    level === 2 && COARSENED.has(q) ? GENERALISED : JSON.stringify(set.answers[q] ?? null),
  );
  return [office, when, ...rest].join('\u0000');
}

/**
 * Class sizes level by level. Pass `level` (0, 1, 2 in order, each over all rows) counts the rows
 * no finer level placed; afterwards levelOf tells where each row is written.
 */
export class Placement {
  private readonly sizes: Map<string, number>[] = [new Map(), new Map(), new Map()];

  count(level: 0 | 1 | 2, set: ExportedSet, office: string): void {
    // A "*" stands for any value (local suppression): a level-2 row can be any of the rows of its
    // office and reason, wherever they were placed, so its class counts them all.
    if (level < 2 && this.levelOf(set, office, level) !== undefined) return;
    const k = classKey(set, office, level);
    const sizes = this.sizes[level];
    sizes?.set(k, (sizes.get(k) ?? 0) + 1);
  }

  /** The finest level below `before` whose class of this row holds k rows; undefined: none. */
  levelOf(set: ExportedSet, office: string, before = 3): 0 | 1 | 2 | undefined {
    for (const level of [0, 1, 2] as const) {
      if (level >= before) break;
      if (!isSmallGroup(this.sizes[level]?.get(classKey(set, office, level)) ?? 0)) return level;
    }
    return undefined;
  }
}

/** The period cell of a row at its level: the ISO week ("2026-W25") or the wave's dates. */
export function periodCell(day: string, level: Level, wave: Wave): string {
  if (level === 3) return GENERALISED;
  if (level > 0) return `${wave.from} bis ${wave.to}`;
  return isoWeek(day);
}

/** ISO 8601 week, e.g. 2026-W25. */
export function isoWeek(day: string): string {
  const monday = Date.parse(`${isoMonday(day)}T00:00:00Z`);
  const thursday = new Date(monday + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
