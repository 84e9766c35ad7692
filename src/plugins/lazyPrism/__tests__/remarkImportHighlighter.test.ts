import {describe, expect, it} from 'vitest';
import remarkImportHighlighter, {HIGHLIGHTER_MODULE, type MdastNode, showsCode} from '../remarkImportHighlighter';

type Tree = {type: string; children: MdastNode[]};

const paragraph = {type: 'paragraph', children: [{type: 'text', value: 'Words only.'}]};

function transformed(children: MdastNode[]): Tree {
  const tree: Tree = {type: 'root', children: [...children]};
  remarkImportHighlighter()(tree);
  return tree;
}

describe('remarkImportHighlighter', () => {
  it('imports the highlighter into a page with a fenced code block', () => {
    const tree = transformed([paragraph, {type: 'code', lang: 'bash', value: 'ls'}]);
    expect(tree.children).toHaveLength(3);
    expect(tree.children[0]).toMatchObject({
      type: 'mdxjsEsm',
      value: `import '${HIGHLIGHTER_MODULE}';`,
      data: {estree: {body: [{type: 'ImportDeclaration', source: {value: HIGHLIGHTER_MODULE}}]}},
    });
  });

  it('counts a <CodeBlock> element, even nested in a list', () => {
    const item = {type: 'listItem', children: [{type: 'mdxJsxFlowElement', name: 'CodeBlock', children: []}]};
    expect(showsCode({type: 'root', children: [{type: 'list', children: [item]}]})).toBe(true);
  });

  it('leaves pages with only prose or Mermaid diagrams alone', () => {
    const tree = transformed([paragraph, {type: 'code', lang: 'mermaid', value: 'flowchart LR\n  A --> B'}]);
    expect(tree.children).toHaveLength(2);
    expect(tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(false);
  });
});
