import { describe, expect, it } from 'vitest';
import {
  brandContrastProblems,
  brandProperties,
  contrastRatio,
  formatRatio,
  softTint,
} from '../../src/shared/brand-colours.ts';
import { Brand } from '../../src/shared/brand-schema.ts';

describe('contrast ratio (WCAG 2.x)', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4f91', '#1d4f91')).toBe(1);
  });

  it('matches published values: #767676 on white is the lightest grey at 4.5:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is shown rounded down, so a failing ratio never reads as 4.5:1', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });
});

describe('brand contrast check', () => {
  it('passes the kiosk’s own blue and a dark Lünen red', () => {
    expect(brandContrastProblems({ primary: '#1d4f91', accent: '#b1001c' })).toEqual([]);
  });

  it('refuses a pale primary colour, naming the colour and its ratio with white text', () => {
    const [problem, ...more] = brandContrastProblems({ primary: '#7fb2e5' });
    expect(more).toEqual([]);
    expect(problem).toContain('#7fb2e5');
    expect(problem).toContain(formatRatio(contrastRatio('#7fb2e5', '#ffffff')));
    expect(problem).toMatch(/white text.*4\.5:1/);
  });

  it('refuses a primary colour that passes on white but not on its own pale tint', () => {
    // 4.6:1 on white, but the selected-language chip draws it on a 10 % tint of itself.
    expect(contrastRatio('#747474', '#ffffff')).toBeGreaterThan(4.5);
    const problems = brandContrastProblems({ primary: '#747474' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/tint|pale panels/);
  });

  it('refuses a pale accent, since the city’s name is written in it on white', () => {
    const problems = brandContrastProblems({ primary: '#1d4f91', accent: '#f5a623' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^The accent colour #f5a623 has a contrast of only \d\.\d+:1 with the white page/,
    );
  });
});

describe('brand properties on the kiosk root', () => {
  it('sets nothing without a brand (base.css keeps the neutral look)', () => {
    expect(brandProperties(undefined)).toEqual({});
    expect(brandProperties({})).toEqual({});
  });

  it('lets the browser mix the pressed shade and the pale tint the check has measured', () => {
    const p = brandProperties({ primary: '#1d4f91', accent: '#b1001c' });
    expect(p).toEqual({
      '--accent': '#1d4f91',
      '--accent-strong': 'color-mix(in srgb, #1d4f91 75%, #000)',
      '--accent-soft': 'color-mix(in srgb, #1d4f91 10%, #fff)',
      '--brand-accent': '#b1001c',
    });
    // The same 10 % the check measures; the kiosk's hand-picked tint for this blue is #e8eff8.
    expect(softTint('#1d4f91')).toBe('#e8edf4');
  });
});

describe('brand schema', () => {
  it('takes colours only as # and six hex digits, and logos only as image data URLs', () => {
    expect(Brand.safeParse({ primary: 'red' }).success).toBe(false);
    expect(Brand.safeParse({ primary: '#1d4f91' }).success).toBe(true);
    expect(Brand.safeParse({ logo: 'https://example.org/logo.svg' }).success).toBe(false);
    expect(Brand.safeParse({ logo: 'data:text/html;base64,PGI+' }).success).toBe(false);
    expect(Brand.safeParse({ logo: 'data:image/svg+xml;base64,PHN2Zy8+' }).success).toBe(true);
    expect(Brand.safeParse({ city: 'Stadt Lünen', extra: 1 }).success).toBe(false);
  });
});
