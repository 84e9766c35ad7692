import {themes, type PrismTheme} from 'prism-react-renderer';

/*
 * The stock Prism themes draw some tokens (comments, shell variables) below
 * the 4.5:1 contrast WCAG AA asks for. These copies repaint only those
 * tokens; the last style for a token type wins.
 */

function withStyles(theme: PrismTheme, overrides: PrismTheme['styles']): PrismTheme {
  return {...theme, styles: [...theme.styles, ...overrides]};
}

/** Light code theme: the repainted tokens reach 5.8:1 or better on its #FBFBFB background. */
export const lightCodeTheme = withStyles(themes.nightOwlLight, [
  {types: ['comment', 'prolog', 'doc-comment'], style: {color: '#5c6370', fontStyle: 'italic'}},
  {types: ['variable', 'parameter', 'assign-left'], style: {color: '#a3312f'}},
  {types: ['operator', 'property', 'keyword', 'namespace'], style: {color: '#0a6469'}},
  {types: ['string', 'builtin', 'char', 'constant', 'url', 'attr-name'], style: {color: '#2f5fb3'}},
  {types: ['inserted', 'changed'], style: {color: '#2f5fb3', fontStyle: 'italic'}},
  {types: ['boolean'], style: {color: '#a3312f'}},
  {types: ['deleted'], style: {color: '#a3312f', fontStyle: 'italic'}},
]);

/** Dark code theme: repainted comments reach 6.6:1 on its #282A36 background. */
export const darkCodeTheme = withStyles(themes.dracula, [
  {types: ['comment', 'prolog', 'doc-comment'], style: {color: '#a4b0d6'}},
]);
