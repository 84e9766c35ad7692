import type {Plugin} from '@docusaurus/types';

/**
 * Production builds point @theme/Mermaid at a component that refuses to
 * draw (see NoMermaidInBrowser), so no Mermaid code is bundled at all. The
 * dev server keeps the theme's renderer. The byte-budget test in
 * e2e/pages.spec.ts fails if Mermaid code reaches any page again.
 */
export default function diagramsPlugin(): Plugin {
  return {
    name: 'diagrams-at-build-time',
    configureWebpack() {
      return {resolve: {alias: {'@theme/Mermaid': require.resolve('./NoMermaidInBrowser.tsx')}}};
    },
  };
}
