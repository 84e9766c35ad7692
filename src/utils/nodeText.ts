import {isValidElement, type ReactNode} from 'react';
import {readableText} from './readableText';

/**
 * The words a React node shows, read from the node itself rather than
 * from the DOM, so a server render can use them: strings and numbers, and
 * the children of any element around them. A component that makes its
 * own text from other props adds nothing here; headings written in
 * Markdown hold only strings and inline elements. The text is folded as a
 * reader sees it (readableText).
 */
export function nodeText(node: ReactNode): string {
  return readableText(rawText(node));
}

function rawText(node: ReactNode): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(rawText).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return rawText(node.props.children);
  return '';
}
