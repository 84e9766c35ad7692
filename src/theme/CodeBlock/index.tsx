import {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

/** The code as plain preformatted text, before (or without) highlighting. */
function PlainCodeBlock({children}: Props): ReactNode {
  return (
    <pre className="theme-code-block">
      <code>{children}</code>
    </pre>
  );
}

/*
 * Prism and its grammars come in a chunk of their own that only pages with
 * a code block load. On first load the server-rendered, highlighted HTML
 * stays in place while that chunk arrives (React hydrates the boundary
 * later); the plain fallback shows during client-side navigation, and for
 * good if the chunk cannot be fetched, rather than an error page.
 */
const HighlightedCodeBlock = lazy(() => import('./HighlightedCodeBlock').catch(() => ({default: PlainCodeBlock})));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCodeBlock {...props} />}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
