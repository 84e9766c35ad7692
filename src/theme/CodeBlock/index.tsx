import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import PlainCodeBlock from './PlainCodeBlock';
import {highlightedCodeBlock} from './registry';

/**
 * A code block, highlighted by the theme's component when the page loaded
 * the highlighter (see ./registry.ts), plain text otherwise. The e2e suite
 * checks that every code block on the site comes out highlighted.
 */
export default function CodeBlock(props: Props): ReactNode {
  const HighlightedCodeBlock = highlightedCodeBlock();
  return HighlightedCodeBlock ? <HighlightedCodeBlock {...props} /> : <PlainCodeBlock {...props} />;
}
