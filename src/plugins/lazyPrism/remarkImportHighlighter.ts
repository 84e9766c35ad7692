/**
 * Remark plugin: an MDX page that shows code (a fenced block other than a
 * Mermaid diagram, or a <CodeBlock> element) gets
 * `import '@site/src/theme/CodeBlock/HighlightedCodeBlock';`, so the
 * highlighter and Prism travel in that page's chunk and no other.
 */
export const HIGHLIGHTER_MODULE = '@site/src/theme/CodeBlock/HighlightedCodeBlock';

/** The few mdast fields this plugin reads or writes. */
export type MdastNode = {
  readonly type: string;
  readonly lang?: string | null;
  readonly name?: string | null;
  readonly value?: string;
  readonly data?: unknown;
  readonly children?: MdastNode[];
};

type Root = MdastNode & {children: MdastNode[]};

export function showsCode(node: MdastNode): boolean {
  if (node.type === 'code' && node.lang !== 'mermaid') return true;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'CodeBlock')
    return true;
  return (node.children ?? []).some(showsCode);
}

/** The mdast node of a side-effect import, with the ESTree that MDX compiles it from. */
function importNode(source: string): MdastNode {
  return {
    type: 'mdxjsEsm',
    value: `import '${source}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {type: 'ImportDeclaration', specifiers: [], source: {type: 'Literal', value: source, raw: `'${source}'`}},
        ],
      },
    },
  };
}

export default function remarkImportHighlighter() {
  return (tree: Root): void => {
    if (showsCode(tree)) tree.children.unshift(importNode(HIGHLIGHTER_MODULE));
  };
}
