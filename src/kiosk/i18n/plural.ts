/** The word forms a language needs after a number; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a counted word for `n` by the platform's plural rules (no rule tables of our own). */
export function plural(lang: string, n: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}
