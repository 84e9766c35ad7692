import type {Element, ElementContent, Text} from 'hast';

/** A declaration that only colours text, in either mode. */
const TEXT_COLOUR = /^(?:color|--shiki-dark):/;

/**
 * Shiki writes one `span.line` per line and one styled span per token. A
 * long code page (the lab: 13 blocks) then holds about 1,500 elements in
 * its code alone, and a phone spends its first style and layout passes on
 * them. What the reader sees needs fewer:
 * - no line spans: the newlines between them already break the lines, and
 *   nothing styles or reads `.line`;
 * - no span for a token in the block's own colours (plain identifiers,
 *   punctuation): its text inherits them from the block;
 * - one span for a run of tokens in the same colours, spaces between them
 *   included, where the style only colours text (a coloured space looks
 *   like any other; an underline or background on one would not).
 * The text is unchanged, character for character, so the copy button
 * (src/theme/CodeBlock/codeText.ts) reads back the same code.
 */
export function compactTokens(lines: readonly ElementContent[], blockStyle: string): ElementContent[] {
  const plainStyle = textColours(blockStyle);
  const compacted: ElementContent[] = [];
  for (const node of lines.flatMap(lineContent)) {
    const content = spanStyle(node) === plainStyle ? textOf(node) : node;
    const last = compacted.at(-1);
    if (last && mergeInto(last, content)) continue;
    const previous = compacted.at(-2);
    const previousStyle = previous && spanStyle(previous);
    // A space between two spans of the same colours joins them.
    if (previous && last && isBlank(last) && colourOnly(previousStyle) && previousStyle === spanStyle(content)) {
      appendText(previous, (last as Text).value + textOf(content).value);
      compacted.pop();
      continue;
    }
    compacted.push(copyOf(content));
  }
  return compacted;
}

/** The children of a `span.line`; anything else (the newlines between lines) as it is. */
function lineContent(node: ElementContent): ElementContent[] {
  const isLine = node.type === 'element' && classNames(node).includes('line');
  return isLine ? (node as Element).children : [node];
}

/** Shiki writes `class` where other hast tools write `className`. */
function classNames(element: Element): string[] {
  const value: unknown = element.properties.className ?? element.properties.class;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}

/** A token span's style, normalised; undefined for anything that is not a styled span of text. */
function spanStyle(node: ElementContent): string | undefined {
  if (node.type !== 'element' || node.tagName !== 'span') return undefined;
  const style = node.properties.style;
  if (typeof style !== 'string' || !node.children.every((child) => child.type === 'text')) return undefined;
  return normalise(style);
}

function normalise(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim().toLowerCase())
    .filter(Boolean)
    .join(';');
}

/** The part of the block's style a token in its plain colours repeats: `color` and `--shiki-dark`. */
function textColours(blockStyle: string): string {
  const declarations = normalise(blockStyle).split(';');
  return declarations.filter((declaration) => TEXT_COLOUR.test(declaration)).join(';');
}

/** Styles that only colour text, which may take in the spaces next to them. */
function colourOnly(style: string | undefined): boolean {
  return style !== undefined && style.split(';').every((declaration) => TEXT_COLOUR.test(declaration));
}

function textOf(node: ElementContent): Text {
  if (node.type === 'text') return node;
  const value =
    node.type === 'element' ? node.children.map((child) => (child.type === 'text' ? child.value : '')).join('') : '';
  return {type: 'text', value};
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && /^\s*$/.test(node.value);
}

/** Appends `next` to `last` where both are text, or both spans in the same colours. */
function mergeInto(last: ElementContent, next: ElementContent): boolean {
  if (last.type === 'text' && next.type === 'text') {
    last.value += next.value;
    return true;
  }
  const style = spanStyle(last);
  if (style !== undefined && style === spanStyle(next)) {
    appendText(last, textOf(next).value);
    return true;
  }
  return false;
}

function appendText(span: ElementContent, value: string): void {
  if (span.type !== 'element') return;
  span.children = [{type: 'text', value: textOf(span).value + value}];
}

/** A fresh node, so merging never edits Shiki's tree in place. */
function copyOf(node: ElementContent): ElementContent {
  if (node.type === 'text') return {type: 'text', value: node.value};
  if (spanStyle(node) === undefined || node.type !== 'element') return node;
  return {...node, properties: {...node.properties}, children: [textOf(node)]};
}
