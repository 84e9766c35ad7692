import path from 'node:path';
import {type CodeThemes, hasGrammar, highlightCode, loadGrammars} from './highlightCode';

/**
 * Remark plugin: highlights every fenced code block at build time. Each
 * block (other than a Mermaid diagram) becomes
 * `<HighlightedCode language title html />`, whose HTML already holds the
 * coloured tokens, and the page imports that component. Readers' browsers
 * never load Prism, and React hydrates one element per block instead of
 * one per token.
 *
 * Content mistakes stop the build with the file and line: a block without
 * a language, a language without a grammar, an unknown meta option, or a
 * <CodeBlock> element (its text arrives only at run time, so it cannot be
 * highlighted here; a fence with `file=` shows a file instead).
 */
export const COMPONENT_NAME = 'HighlightedCode';
export const COMPONENT_MODULE = '@site/src/components/HighlightedCode';

export type Options = {
  /** Prism grammars to load beyond its core ones (`bash`, `docker`, ...). */
  readonly languages: readonly string[];
  readonly themes: CodeThemes;
};

/** The few mdast fields this plugin reads or writes. */
export type MdastNode = {
  type: string;
  lang?: string | null;
  meta?: string | null;
  name?: string | null;
  value?: string;
  attributes?: readonly {type: string; name: string; value: string}[];
  children?: MdastNode[];
  data?: unknown;
  position?: {start: {line: number}};
};

type File = {readonly path?: string};

/** Meta options a fence may carry; `file=` is read by remark-code-import, which runs first. */
const META_OPTION = /^\s*([a-z]+)=(?:"([^"]*)"|(\S+))/i;
const KNOWN_META = new Set(['title', 'file']);

/** `title="a b" file=x` -> {title: 'a b', file: 'x'}, or an error naming what it cannot read. */
export function parseMeta(meta: string): Record<string, string> {
  const options: Record<string, string> = {};
  let rest = meta;
  while (rest.trim() !== '') {
    const match = META_OPTION.exec(rest);
    if (!match) throw new Error(`cannot read the code block options "${rest.trim()}"`);
    const [whole, name = '', quoted, bare] = match;
    if (!KNOWN_META.has(name)) throw new Error(`unknown code block option "${name}" (known: ${[...KNOWN_META]})`);
    options[name] = quoted ?? bare ?? '';
    rest = rest.slice(whole.length);
  }
  return options;
}

function highlightedElement(node: MdastNode, themes: CodeThemes): MdastNode {
  const language = node.lang;
  if (!language) throw new Error('a code block needs a language (use "text" for plain text)');
  if (!hasGrammar(language))
    throw new Error(`no Prism grammar for "${language}": add it to the codeHighlighting languages`);
  const {title} = parseMeta(node.meta ?? '');
  const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});
  return {
    type: 'mdxJsxFlowElement',
    name: COMPONENT_NAME,
    attributes: [
      attribute('language', language),
      ...(title ? [attribute('title', title)] : []),
      attribute('html', highlightCode(node.value ?? '', language, themes)),
    ],
    children: [],
    position: node.position,
  };
}

/** The mdast node of `import HighlightedCode from '...'`, with the ESTree that MDX compiles it from. */
function importNode(): MdastNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: COMPONENT_NAME}}],
            source: {type: 'Literal', value: COMPONENT_MODULE, raw: `'${COMPONENT_MODULE}'`},
          },
        ],
      },
    },
  };
}

/** Replaces code blocks below `parent` in place; returns how many it replaced. */
function replaceCodeBlocks(parent: MdastNode, themes: CodeThemes, where: (node: MdastNode) => string): number {
  let replaced = 0;
  for (const [index, node] of (parent.children ?? []).entries()) {
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name === 'CodeBlock')
      throw new Error(
        `${where(node)}: use a fenced code block (with file=<rootDir>/... to show a file), not <CodeBlock>`,
      );
    if (node.type === 'code' && node.lang !== 'mermaid') {
      try {
        parent.children![index] = highlightedElement(node, themes);
      } catch (error) {
        throw new Error(`${where(node)}: ${(error as Error).message}`);
      }
      replaced += 1;
    } else {
      replaced += replaceCodeBlocks(node, themes, where);
    }
  }
  return replaced;
}

export default function remarkHighlightCode(options: Options) {
  loadGrammars(options.languages);
  return (tree: MdastNode, file: File): void => {
    const source = file.path ? path.relative(process.cwd(), file.path) : 'markdown';
    const where = (node: MdastNode) => `${source}:${node.position?.start.line ?? '?'}`;
    if (replaceCodeBlocks(tree, options.themes, where) > 0) tree.children?.unshift(importNode());
  };
}
