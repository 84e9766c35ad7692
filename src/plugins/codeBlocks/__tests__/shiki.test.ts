import {readFileSync} from 'node:fs';
import path from 'node:path';
import rehypeShiki from '@shikijs/rehype';
import type {Element, Root} from 'hast';
import {createHighlighter} from 'shiki';
import {describe, expect, it} from 'vitest';
import {codeText} from '../../../theme/CodeBlock/codeText';
import {contrastRatio} from '../../../utils/contrast';
import {CODE_THEMES, shikiOptions} from '../shiki';

const SITE = path.join(__dirname, '..', '..', '..', '..');

/** The lab's handler, shown on its page, and the characters escaping has to survive. */
const SAMPLES: readonly (readonly [language: string, code: string])[] = [
  ['ts', readFileSync(path.join(SITE, 'src', 'lab', 'stop-instances', 'handler.ts'), 'utf8').trimEnd()],
  [
    'bash',
    'export AWS_REGION="eu-west-1"  # the lab\'s Region\n\naws ec2 describe-instances > out.json && echo "$HOME" <in.txt &#x26; &amp;',
  ],
  ['dockerfile', 'FROM public.ecr.aws/lambda/python:3.13\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD [ "app.handler" ]'],
  ['json', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}'],
];

/** A fenced block as Markdown hands it to rehype plugins: pre > code.language-x, with its meta line. */
function fence(language: string, code: string, meta?: string): Root {
  const element: Element = {
    type: 'element',
    tagName: 'code',
    properties: {className: [`language-${language}`]},
    data: meta ? {meta} : undefined,
    children: [{type: 'text', value: `${code}\n`}],
  };
  return {type: 'root', children: [{type: 'element', tagName: 'pre', properties: {}, children: [element]}]};
}

/** The props src/theme/CodeBlock gets: those of the `code` element, after the site's Shiki options ran. */
async function highlighted(language: string, code: string, meta?: string): Promise<Element['properties']> {
  const tree = fence(language, code, meta);
  const transform = rehypeShiki.call(undefined as never, shikiOptions) as (tree: Root) => Promise<void>;
  await transform(tree);
  // The plugin puts a fragment (a root holding the new pre) where the old pre was.
  const [fragment] = tree.children as unknown as Root[];
  const [pre] = (fragment?.children ?? []) as Element[];
  const [element] = (pre?.children ?? []) as Element[];
  expect(element?.tagName).toBe('code');
  expect(element?.children).toEqual([]);
  return element?.properties ?? {};
}

describe('code blocks highlighted by Shiki', () => {
  it.each(SAMPLES)('keep %s code exactly, for the copy button', async (language, code) => {
    const {html} = await highlighted(language, code);
    expect(typeof html).toBe('string');
    expect(html).toContain('--shiki-dark:');
    expect(codeText(String(html))).toBe(code);
  });

  it('escape markup in the code', async () => {
    const {html} = await highlighted('bash', 'echo "<script>alert(1)</script>"');
    expect(html).not.toContain('<script>');
  });

  it('carry the language class, the title and both modes’ colours', async () => {
    const props = await highlighted('ts', 'const a = 1;', 'title="src/a b.ts" file=<rootDir>/src/a.ts');
    expect(props).toMatchObject({className: ['language-ts'], title: 'src/a b.ts'});
    expect(props.style).toMatch(/background-color:#\w+;--shiki-dark-bg:#\w+;color:#\w+;--shiki-dark:#\w+/);
    expect((await highlighted('bash', 'ls')).title).toBeUndefined();
  });

  it('fail on a language Shiki does not know', async () => {
    await expect(highlighted('no-such-language', 'x')).rejects.toThrow(/no-such-language/);
  });
});

describe.each(Object.entries(CODE_THEMES))('the %s code theme (%s)', (_mode, name) => {
  it('draws plain text and every token colour at 4.5:1 or better on its background (WCAG AA)', async () => {
    const highlighter = await createHighlighter({themes: [name], langs: []});
    const theme = highlighter.getTheme(name);
    // Scopes that paint their own background (diff insertions, say) are measured against it by axe in e2e.
    const colours = new Set([
      theme.fg,
      ...theme.settings.flatMap(({settings}) =>
        settings.foreground && !settings.background ? [settings.foreground] : [],
      ),
    ]);
    const low = [...colours]
      .map((colour) => ({colour, ratio: contrastRatio(colour, theme.bg)}))
      .filter(({ratio}) => ratio < 4.5)
      .map(({colour, ratio}) => `${colour} ${ratio.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });
});
