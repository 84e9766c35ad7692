import type {ReactNode} from 'react';

/**
 * What @theme/Mermaid is in the production build. Every diagram there is
 * drawn at build time, so no page may draw one in the browser; with the
 * theme's renderer still referenced from MDXComponents, the bundler would
 * ship Mermaid's parser (langium, chevrotain) in the chunk every page loads.
 */
export default function NoMermaidInBrowser({value}: {readonly value: string}): ReactNode {
  throw new Error(`A Mermaid diagram reached the browser undrawn; the build should have drawn it:\n${value}`);
}
