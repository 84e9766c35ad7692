import {describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '../codeThemes';
import {contrastRatio} from '../contrast';

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('the %s code theme', (_mode, theme) => {
  const background = theme.plain.backgroundColor ?? '';

  it('draws plain text and every token type at 4.5:1 or better (WCAG AA)', () => {
    // The last style listed for a token type is the one Prism applies.
    const colourByType = new Map<string, string>();
    for (const {types, style} of theme.styles) {
      for (const type of types) if (style.color) colourByType.set(type, style.color);
    }
    const low = [...colourByType, ['plain', theme.plain.color ?? '']]
      .map(([type, colour]) => ({type, colour, ratio: contrastRatio(colour ?? '', background)}))
      .filter(({ratio}) => ratio < 4.5)
      .map(({type, colour, ratio}) => `${type} ${colour} ${ratio.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
