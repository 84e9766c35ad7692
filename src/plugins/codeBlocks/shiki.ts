import type {RehypeShikiOptions} from '@shikijs/rehype';
import {hastToHtml, type ShikiTransformer} from 'shiki';
import {FENCE_TITLE} from '../../utils/markdown';
import {compactTokens} from './compactTokens';

/** The code themes of the two colour modes (src/css/custom.css switches them). */
export const CODE_THEMES = {light: 'github-light-default', dark: 'github-dark-default'} as const;

/**
 * The theme's MDX `pre` passes on only its children, so src/theme/CodeBlock
 * gets the props of the `code` element. This puts there what it shows:
 * - `html`: the highlighted lines as one string instead of one element per
 *   token, so the page's JavaScript carries one string per block and React
 *   hydrates one element, however long the code; with as few elements as
 *   the colours need (./compactTokens.ts);
 * - `style`: the block's colours in both modes, which Shiki writes on `pre`;
 * - the language class and the title, as the classic theme's blocks have.
 */
const codeBlockProps: ShikiTransformer = {
  name: 'code-block-props',
  pre(pre) {
    const code = this.code;
    code.properties = {
      className: [`language-${this.options.lang}`],
      title: FENCE_TITLE.exec(this.options.meta?.__raw ?? '')?.[2],
      style: pre.properties.style,
      html: hastToHtml(compactTokens(code.children, String(pre.properties.style ?? ''))),
    };
    code.children = [];
  },
};

/**
 * @shikijs/rehype options: every fenced block in a language Shiki knows is
 * coloured at build time (a language it does not know fails the build).
 * Each token carries its light colour inline and its dark one as
 * `--shiki-dark`.
 */
export const shikiOptions = {
  themes: CODE_THEMES,
  // Grammars load when a page first uses them, instead of all of Shiki's at start-up.
  langs: [],
  lazy: true,
  transformers: [codeBlockProps],
} satisfies RehypeShikiOptions;
