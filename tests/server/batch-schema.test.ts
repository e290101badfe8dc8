import { describe, expect, it } from 'vitest';
import { CompiledBatch } from '../../src/server/batch-schema.ts';
import { Batch } from '../../src/shared/wire-schema.ts';
import { makeBatch } from './fixtures.ts';

// The server parses with a compiled copy of the shared schema (batch-schema.ts).
// It must be exactly as strict: for every broken batch below, the same verdict,
// the same output and the same issues as the shared schema itself.

const bad: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  6,
  3,
  '',
  ' ',
  'A',
  'ok',
  'x'.repeat(1001),
  '2026-02-30',
  '2026-13-01',
  ' Bürgerbüro Lünen ',
  '0123456789abcdef',
  '0123456789ABCDEF',
  [],
  ['good_conduct'],
  ['Bad'],
  Array(13).fill('a'),
  {},
  { a: 1 },
];

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside the batch, objects and arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Json)[k as never], [...prefix, k]))];
}

function mutate(batch: unknown, path: (string | number)[], next: unknown | typeof DELETE): unknown {
  const copy = structuredClone(batch) as Json;
  let at: Json = copy;
  for (const k of path.slice(0, -1)) at = at[k as never] as Json;
  const last = path[path.length - 1] as never;
  if (next === DELETE) delete at[last];
  else at[last] = next as never;
  return copy;
}
const DELETE = Symbol('delete');

function verdict(schema: typeof Batch, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, data: result.data }
    : {
        ok: false,
        issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })),
      };
}

describe('CompiledBatch', () => {
  const valid = makeBatch('0123456789abcdef', 3);
  valid.answerSets[1] = { ...valid.answerSets[1], flagged: true } as (typeof valid.answerSets)[1];

  it('accepts a valid batch with the same result as the shared schema', () => {
    expect(verdict(CompiledBatch, valid)).toEqual({ ok: true, data: Batch.parse(valid) });
  });

  it('gives the same verdict and issues as the shared schema for every broken batch', () => {
    let rejected = 0;
    const inputs: unknown[] = [
      { ...valid, answerSets: [] },
      { ...valid, answerSets: Array(201).fill(valid.answerSets[0]) },
      ...bad,
    ];
    for (const path of paths(valid).filter((p) => p.length > 0)) {
      inputs.push(mutate(valid, path, DELETE));
      for (const value of bad) inputs.push(mutate(valid, path, value));
    }
    // An unknown key at every level: strict objects must refuse it (anonymity).
    for (const path of paths(valid)) {
      const target = path.reduce<unknown>((v, k) => (v as Json)[k as never], valid);
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        inputs.push(mutate(valid, [...path, 'deviceId'], 'abc'));
      }
    }
    for (const input of inputs) {
      const expected = verdict(Batch, input);
      expect(verdict(CompiledBatch, input)).toEqual(expected);
      if (!expected.ok) rejected++;
    }
    expect(rejected).toBeGreaterThan(500);
  });
});
