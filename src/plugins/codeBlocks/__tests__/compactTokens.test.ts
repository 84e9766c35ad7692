import type {ElementContent} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {codeText} from '../../../theme/CodeBlock/codeText';
import {compactTokens} from '../compactTokens';

const BLOCK_STYLE = 'background-color:#ffffff;--shiki-dark-bg:#0d1117;color:#1f2328;--shiki-dark:#e6edf3';
const PLAIN = 'color:#1F2328;--shiki-dark:#E6EDF3';
const STRING = 'color:#0A3069;--shiki-dark:#A5D6FF';
const KEYWORD = 'color:#CF222E;--shiki-dark:#FF7B72';
const UNDERLINED = 'color:#0A3069;--shiki-dark:#A5D6FF;text-decoration:underline';

const token = (style: string, value: string): ElementContent => ({
  type: 'element',
  tagName: 'span',
  properties: {style},
  children: [{type: 'text', value}],
});

/** Shiki's shape: one span.line per line (its `class`, not `className`), newlines between them. */
function lines(...tokens: ElementContent[][]): ElementContent[] {
  return tokens.flatMap((line, index) => [
    ...(index > 0 ? [{type: 'text', value: '\n'} as const] : []),
    {type: 'element', tagName: 'span', properties: {class: 'line'}, children: line} as const,
  ]);
}

const html = (nodes: ElementContent[]) => toHtml({type: 'root', children: nodes});
// Read back as the copy button reads a block.
const text = (nodes: ElementContent[]) => codeText(html(nodes));

describe('compactTokens', () => {
  it('drops line spans, keeping the newlines', () => {
    const input = lines([token(STRING, 'a')], [token(STRING, 'b')]);
    expect(html(compactTokens(input, BLOCK_STYLE))).toBe(`<span style="${STRING}">a\nb</span>`);
  });

  it('writes tokens in the block’s own colours as plain text, whatever the case of the colours', () => {
    const input = lines([token(KEYWORD, 'const'), token(PLAIN, ' x = '), token(STRING, '"y"'), token(PLAIN, ';')]);
    expect(html(compactTokens(input, BLOCK_STYLE))).toBe(
      `<span style="${KEYWORD}">const</span> x = <span style="${STRING}">"y"</span>;`,
    );
  });

  it('joins neighbours in the same colours, and spaces between them', () => {
    const input = lines([token(STRING, 'install'), token(PLAIN, ' '), token(STRING, '@aws-sdk/client-ec2')]);
    expect(html(compactTokens(input, BLOCK_STYLE))).toBe(`<span style="${STRING}">install @aws-sdk/client-ec2</span>`);
  });

  it('keeps apart spans whose style does more than colour, and spaces next to them', () => {
    const input = lines([token(UNDERLINED, 'a'), token(PLAIN, ' '), token(UNDERLINED, 'b')]);
    expect(compactTokens(input, BLOCK_STYLE)).toHaveLength(3);
  });

  it('keeps apart different colours', () => {
    const input = lines([token(STRING, 'a'), token(KEYWORD, 'b')]);
    expect(compactTokens(input, BLOCK_STYLE)).toHaveLength(2);
  });

  it('keeps the text character for character and leaves its input alone', () => {
    const input = lines(
      [token(KEYWORD, 'if'), token(PLAIN, ' ('), token(STRING, "'<a>'"), token(PLAIN, ') '), token(STRING, '&')],
      [],
      [token(PLAIN, '  '), token(STRING, 'x')],
    );
    const before = structuredClone(input);
    const output = compactTokens(input, BLOCK_STYLE);
    expect(text(output)).toBe(text(input));
    expect(input).toEqual(before);
    // if, " (", the string, ") ", and "&" joined across the blank lines to the next string token.
    expect(output).toHaveLength(5);
  });
});
