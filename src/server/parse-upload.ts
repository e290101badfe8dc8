/**
 * JSON.parse for what kiosks upload (a batch, a backup file), refusing a
 * `__proto__` key anywhere. JSON.parse makes it an ordinary key, but the
 * schema's record parsing then drops it without a word, so a batch carrying
 * `"__proto__": …` as an answer would be stored as if it had never been
 * there. It is never a question id, so it is refused like any unknown one.
 */
export function parseUploadJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: 'json' | 'proto' } {
  let proto = false;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__') proto = true;
      return v;
    });
    return proto ? { ok: false, problem: 'proto' } : { ok: true, value };
  } catch {
    return { ok: false, problem: 'json' };
  }
}
