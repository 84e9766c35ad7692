import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';
import {registerHighlightedCodeBlock} from './registry';

// The job the classic theme's client module did on every page (see src/plugins/lazyPrism).
prismIncludeLanguages(Prism);

/**
 * The theme's code block, minus one step: the theme re-mounted every block
 * right after hydration (a key that flips when the browser takes over), so
 * that dark-mode readers got dark token colours. The colour mode that
 * Docusaurus hands to components already starts at the server's value and
 * changes after hydration, which React applies as an ordinary update, so
 * the re-mount only re-highlighted and rebuilt every block on the page:
 * over two seconds of main thread on the lab page under Lighthouse.
 */
function HighlightedCodeBlock({children, ...props}: Props): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child)))
    return <ElementContent {...props}>{children}</ElementContent>;
  const code = Array.isArray(children) ? children.join('') : String(children ?? '');
  return <StringContent {...props}>{code}</StringContent>;
}

registerHighlightedCodeBlock(HighlightedCodeBlock);
