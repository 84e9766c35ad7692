import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

/**
 * Fenced code blocks never reach this component: they are highlighted at
 * build time and rendered by src/components/HighlightedCode. The theme's
 * MDX components still route a raw <pre> here, and the theme's own version
 * would bring Prism into the bundle every page loads, so this one shows
 * the text plainly. The e2e suite fails on any code block left unhighlighted.
 */
export default function CodeBlock({children}: Props): ReactNode {
  return (
    <pre className="theme-code-block">
      <code>{children}</code>
    </pre>
  );
}
