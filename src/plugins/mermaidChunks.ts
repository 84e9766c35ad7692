import type {Plugin} from '@docusaurus/types';

/**
 * Packages that only Mermaid uses. Mermaid's diagram parsers share them
 * (langium and chevrotain above all), so Docusaurus's "common" chunk rule,
 * which takes any module used by half the pages' chunks, pulled them into
 * the chunk every page loads. Here they get a cache group of their own,
 * limited to async chunks, so they load with Mermaid and only with it.
 */
const MERMAID_ONLY_PACKAGES = [
  'mermaid',
  '@mermaid-js',
  'langium',
  'chevrotain',
  'chevrotain-allstar',
  '@chevrotain',
  'vscode-jsonrpc',
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-languageserver-textdocument',
  'vscode-languageserver-types',
  'vscode-uri',
  'cytoscape',
  'cytoscape-cose-bilkent',
  'cytoscape-fcose',
  'cose-base',
  'layout-base',
  'd3',
  'd3-[a-z-]+',
  'dagre-d3-es',
  'internmap',
  'delaunator',
  'robust-predicates',
  'khroma',
  'katex',
  'roughjs',
  'points-on-curve',
  'points-on-path',
  'path-data-parser',
  'hachure-fill',
  'stylis',
  'dayjs',
  'marked',
  'dompurify',
  'es-toolkit',
  'lodash-es',
  'ts-dedent',
  '@braintree/sanitize-url',
  '@iconify',
  '@upsetjs',
];

export const MERMAID_MODULE_PATTERN = new RegExp(
  `[\\\\/]node_modules[\\\\/](?:${MERMAID_ONLY_PACKAGES.join('|')})[\\\\/]`,
);

export default function mermaidChunksPlugin(): Plugin {
  return {
    name: 'mermaid-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              mermaid: {
                test: MERMAID_MODULE_PATTERN,
                chunks: 'async',
                // Above the "common" group (40), below the single CSS file (50).
                priority: 45,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}

/**
 * For the benchmark's build without theme-mermaid (BENCH_WITHOUT_MERMAID=1).
 * Our @theme/Mermaid wrapper imports Mermaid itself, to evaluate it in a
 * task of its own, so that build points @theme/Mermaid back at the classic
 * theme's empty placeholder, as a site without Mermaid support has it.
 * Otherwise the baseline would carry Mermaid's parser in its common chunk.
 */
export function withoutMermaidPlugin(): Plugin {
  return {
    name: 'without-mermaid',
    configureWebpack() {
      return {resolve: {alias: {'@theme/Mermaid': require.resolve('@docusaurus/theme-classic/lib/theme/Mermaid.js')}}};
    },
  };
}
