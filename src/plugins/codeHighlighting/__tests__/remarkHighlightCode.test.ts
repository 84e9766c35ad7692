import {describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '../../../utils/codeThemes';
import {codeTextOfHtml} from '../../../utils/codeHtml';
import remarkHighlightCode, {COMPONENT_MODULE, COMPONENT_NAME, type MdastNode, parseMeta} from '../remarkHighlightCode';

const OPTIONS = {languages: ['bash', 'json'], themes: {light: lightCodeTheme, dark: darkCodeTheme}};
const FILE = {path: `${process.cwd()}/docs/example.mdx`};

const paragraph: MdastNode = {type: 'paragraph', children: [{type: 'text', value: 'Words only.'}]};

function code(lang: string | null, value: string, meta: string | null = null, line = 7): MdastNode {
  return {type: 'code', lang, meta, value, position: {start: {line}}};
}

function transformed(children: MdastNode[]): MdastNode {
  const tree: MdastNode = {type: 'root', children};
  remarkHighlightCode(OPTIONS)(tree, FILE);
  return tree;
}

function attributes(node: MdastNode | undefined): Record<string, string> {
  return Object.fromEntries((node?.attributes ?? []).map(({name, value}) => [name, value]));
}

describe('remarkHighlightCode', () => {
  it('turns a fenced block into a highlighted element and imports its component once', () => {
    const tree = transformed([paragraph, code('bash', 'ls -l', 'title="List files"'), code('json', '{"a": 1}')]);
    expect(tree.children).toHaveLength(4);
    expect(tree.children?.[0]).toMatchObject({
      type: 'mdxjsEsm',
      value: `import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`,
      data: {estree: {body: [{type: 'ImportDeclaration', source: {value: COMPONENT_MODULE}}]}},
    });
    const [bash, json] = [tree.children?.[2], tree.children?.[3]];
    expect(bash).toMatchObject({type: 'mdxJsxFlowElement', name: COMPONENT_NAME, children: []});
    expect(attributes(bash)).toMatchObject({language: 'bash', title: 'List files'});
    expect(attributes(bash).html).toContain('<span class="token function"');
    expect(codeTextOfHtml(attributes(bash).html ?? '')).toBe('ls -l');
    expect(attributes(json)).not.toHaveProperty('title');
  });

  it('finds blocks nested in lists', () => {
    const item: MdastNode = {type: 'listItem', children: [code('bash', 'pwd')]};
    const tree = transformed([{type: 'list', children: [item]}]);
    expect(item.children?.[0]).toMatchObject({type: 'mdxJsxFlowElement', name: COMPONENT_NAME});
    expect(tree.children?.[0]?.type).toBe('mdxjsEsm');
  });

  it('leaves pages with only prose or Mermaid diagrams alone', () => {
    const diagram = code('mermaid', 'flowchart LR\n  A --> B');
    const tree = transformed([paragraph, diagram]);
    expect(tree.children).toEqual([paragraph, diagram]);
  });

  it.each([
    ['a block without a language', code(null, 'ls', null, 3), 'docs/example.mdx:3: a code block needs a language'],
    ['a language without a grammar', code('cobol', 'x', null, 4), 'docs/example.mdx:4: no Prism grammar for "cobol"'],
    ['an unknown option', code('bash', 'ls', 'showLineNumbers', 5), 'docs/example.mdx:5: cannot read'],
    [
      'a <CodeBlock> element',
      {type: 'mdxJsxFlowElement', name: 'CodeBlock', children: [], position: {start: {line: 6}}},
      'docs/example.mdx:6: use a fenced code block',
    ],
  ])('stops the build on %s, naming the file and line', (_case, node, message) => {
    expect(() => transformed([paragraph, node])).toThrow(message);
  });
});

describe('parseMeta', () => {
  it('reads quoted and bare options', () => {
    expect(parseMeta('title="src/a b.ts" file=<rootDir>/src/a.ts')).toEqual({
      title: 'src/a b.ts',
      file: '<rootDir>/src/a.ts',
    });
    expect(parseMeta('')).toEqual({});
  });

  it('names an option it does not know', () => {
    expect(() => parseMeta('title="x" live=true')).toThrow('unknown code block option "live" (known: title,file)');
  });
});
