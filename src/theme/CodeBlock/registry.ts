import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';

/*
 * The highlighting code block registers itself here when its module runs.
 * Pages with code import that module (src/plugins/lazyPrism adds the import
 * to their MDX), so it is in their own chunk and registered before the page
 * renders, on the server and in the browser alike. Pages without code never
 * load it, and with it Prism.
 */
let registered: ComponentType<Props> | null = null;

export function registerHighlightedCodeBlock(component: ComponentType<Props>): void {
  registered = component;
}

export function highlightedCodeBlock(): ComponentType<Props> | null {
  return registered;
}
