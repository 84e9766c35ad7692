import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

/** The code as plain preformatted text, for a page that did not load the highlighter. */
export default function PlainCodeBlock({children}: Props): ReactNode {
  return (
    <pre className="theme-code-block">
      <code>{children}</code>
    </pre>
  );
}
