import {readFileSync} from 'node:fs';
import path from 'node:path';
import Prism from 'prismjs';
import {Highlight, type HighlightProps, type PrismTheme, type RenderProps} from 'prism-react-renderer';
import {createElement, Fragment} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {JSDOM} from 'jsdom';
import {beforeAll, describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '../../../utils/codeThemes';
import {codeTextOfHtml} from '../../../utils/codeHtml';
import {highlightCode, loadGrammars} from '../highlightCode';

const THEMES = {light: lightCodeTheme, dark: darkCodeTheme};
const SITE = path.join(__dirname, '..', '..', '..', '..');

/** Real code from the site, and the edge cases escaping has to survive. */
const SAMPLES: readonly (readonly [language: string, code: string])[] = [
  ['typescript', readFileSync(path.join(SITE, 'src', 'lab', 'stop-instances', 'handler.ts'), 'utf8')],
  [
    'bash',
    'export AWS_REGION="eu-west-1"  # the lab\'s Region\n\naws ec2 describe-instances --filters "Name=tag:AutoStop,Values=true" > out.json && echo "$HOME" <in.txt\n',
  ],
  ['docker', 'FROM public.ecr.aws/lambda/python:3.13\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD [ "app.handler" ]'],
  ['json', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}'],
];

type TokenLook = {readonly text: string; readonly color: string; readonly fontStyle: string};

/** Token text with its colour and font style (`style` reads them); plain text is left out. */
function looks(html: string, style: (element: HTMLElement) => {color: string; fontStyle: string}): TokenLook[] {
  const {document} = new JSDOM(`<pre>${html}</pre>`).window;
  const runs: TokenLook[] = [];
  for (const span of document.querySelectorAll<HTMLElement>('span.token:not(.plain)')) {
    const text = span.textContent ?? '';
    if (text.trim() !== '') runs.push({text, ...style(span)});
  }
  return runs;
}

/** The same code rendered by prism-react-renderer, the classic theme's highlighter, in one theme. */
function themeComponentLooks(code: string, language: string, theme: PrismTheme): TokenLook[] {
  const markup = renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- Highlight's typed props require its render function
    createElement(Highlight, {
      prism: Prism as unknown as HighlightProps['prism'],
      theme,
      code,
      language,
      children: ({tokens, getTokenProps}: RenderProps) =>
        createElement(
          Fragment,
          null,
          // eslint-disable-next-line react/no-array-index-key -- a static list, rendered once to a string
          tokens.flat().map((token, index) => createElement('span', {key: index, ...getTokenProps({token})})),
        ),
    }),
  );
  return looks(markup, (span) => ({color: span.style.color, fontStyle: span.style.fontStyle}));
}

/** Our HTML's looks in one mode, read from the CSS variables that mode uses. */
function ourLooks(html: string, mode: 'light' | 'dark'): TokenLook[] {
  const [color, fontStyle] = mode === 'light' ? ['--l', '--li'] : ['--d', '--di'];
  const {document} = new JSDOM().window;
  const probe = document.createElement('span');
  return looks(html, (span) => {
    // Through the DOM, so colours come out in the same form as the theme component's.
    probe.style.color = span.style.getPropertyValue(color);
    return {color: probe.style.color, fontStyle: span.style.getPropertyValue(fontStyle)};
  });
}

beforeAll(() => loadGrammars(['bash', 'docker', 'json', 'typescript']));

describe('highlightCode', () => {
  it.each(SAMPLES)('keeps %s code exactly, text and line breaks', (language, code) => {
    expect(codeTextOfHtml(highlightCode(code, language, THEMES))).toBe(code);
  });

  it.each(SAMPLES)('colours %s tokens as the theme component does, in light and dark mode', (language, code) => {
    const html = highlightCode(code, language, THEMES);
    expect(ourLooks(html, 'light')).toEqual(themeComponentLooks(code, language, lightCodeTheme));
    expect(ourLooks(html, 'dark')).toEqual(themeComponentLooks(code, language, darkCodeTheme));
  });

  it('escapes markup in the code', () => {
    const html = highlightCode('echo "<script>alert(1)</script>" && true', 'bash', THEMES);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(new JSDOM(`<pre>${html}</pre>`).window.document.querySelector('script')).toBeNull();
  });

  it('gives tokens Prism classes and leaves plain text bare', () => {
    const html = highlightCode('ls -l', 'bash', THEMES);
    expect(html).toMatch(/^<span class="token function" style="--l:[^"]+">ls<\/span> <span class="token/);
  });

  it('refuses a language without a grammar, and a theme style it cannot carry', () => {
    expect(() => highlightCode('x', 'cobol', THEMES)).toThrow('No Prism grammar is loaded for "cobol"');
    expect(() => loadGrammars(['no-such-language'])).toThrow('Prism has no grammar called "no-such-language"');
    const underlined: PrismTheme = {
      ...lightCodeTheme,
      styles: [{types: ['keyword'], style: {textDecorationLine: 'underline'}}],
    };
    expect(() => highlightCode('if true; then :; fi', 'bash', {...THEMES, light: underlined})).toThrow(
      'Code theme style "textDecorationLine" (for keyword) is not supported',
    );
  });
});
