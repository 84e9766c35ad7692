import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index';
import {normalizeTokens, type PrismTheme} from 'prism-react-renderer';
import {escapeHtml} from '../../utils/codeHtml';

/** The two code themes a block is painted in; the page shows one or the other by its colour mode. */
export type CodeThemes = {readonly light: PrismTheme; readonly dark: PrismTheme};

/** The style properties build-time highlighting can carry, with the CSS variable each mode uses. */
const STYLE_VARIABLES = {
  color: {light: '--l', dark: '--d'},
  fontStyle: {light: '--li', dark: '--di'},
} as const;

type TokenStyle = Partial<Record<keyof typeof STYLE_VARIABLES, string>>;

/**
 * A theme's style for each token type, merged in the order the theme lists
 * them, as prism-react-renderer (which the classic theme uses) merges them.
 */
function styleByType(theme: PrismTheme, language: string): Map<string, TokenStyle> {
  const styles = new Map<string, TokenStyle>();
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const [property, value] of Object.entries(entry.style)) {
      if (!(property in STYLE_VARIABLES))
        throw new Error(`Code theme style "${property}" (for ${entry.types.join(', ')}) is not supported`);
      if (typeof value !== 'string') throw new Error(`Code theme style "${property}" must be a string`);
    }
    for (const type of entry.types) styles.set(type, {...styles.get(type), ...(entry.style as TokenStyle)});
  }
  return styles;
}

/** A token's style: the styles of its types from outermost to innermost, later ones winning. */
function tokenStyle(styles: ReadonlyMap<string, TokenStyle>, types: readonly string[]): TokenStyle {
  return Object.assign({}, ...types.map((type) => styles.get(type)));
}

/** The inline style that carries a token's look in both modes, e.g. `--l:#0a6469;--d:#ff79c6`. */
function inlineStyle(light: TokenStyle, dark: TokenStyle): string {
  const declarations: string[] = [];
  for (const [property, variables] of Object.entries(STYLE_VARIABLES)) {
    const key = property as keyof TokenStyle;
    if (light[key]) declarations.push(`${variables.light}:${light[key]}`);
    if (dark[key]) declarations.push(`${variables.dark}:${dark[key]}`);
  }
  return declarations.join(';');
}

/** Registers Prism grammars beyond its core ones; throws for a name Prism does not know. */
export function loadGrammars(languages: readonly string[]): void {
  loadLanguages.silent = true;
  loadLanguages([...languages]);
  for (const language of languages)
    if (!Prism.languages[language]) throw new Error(`Prism has no grammar called "${language}"`);
}

/** Whether a grammar for this language is loaded. */
export function hasGrammar(language: string): boolean {
  return typeof Prism.languages[language] === 'object';
}

/**
 * The code as HTML: one span per Prism token with its classes (`token
 * keyword`) and its colours for both modes as CSS variables, text escaped,
 * lines joined by newlines. The browser only has to show it: no Prism, and
 * no React elements per token to hydrate.
 */
export function highlightCode(code: string, language: string, themes: CodeThemes): string {
  const grammar = Prism.languages[language];
  if (!grammar) throw new Error(`No Prism grammar is loaded for "${language}"`);
  const light = styleByType(themes.light, language);
  const dark = styleByType(themes.dark, language);
  return normalizeTokens(Prism.tokenize(code, grammar))
    .map((line) =>
      line
        .filter((token) => !token.empty && token.content !== '')
        .map(({types, content}) => {
          const text = escapeHtml(content);
          if (types.length === 1 && types[0] === 'plain') return text;
          const style = inlineStyle(tokenStyle(light, types), tokenStyle(dark, types));
          return `<span class="token ${types.join(' ')}"${style ? ` style="${style}"` : ''}>${text}</span>`;
        })
        .join(''),
    )
    .join('\n');
}
