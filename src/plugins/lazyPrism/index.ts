import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * The classic theme registers Prism's extra languages in a client module,
 * and client modules run on every page before it hydrates: Prism and all
 * its grammars were evaluated on pages with no code at all (about 140 ms of
 * main-thread time on a CPU throttled 4x like a phone). This plugin swaps
 * that module for an empty one. The languages are registered by
 * src/theme/CodeBlock/HighlightedCodeBlock.tsx instead, which only pages
 * with code import (./remarkImportHighlighter.ts adds the import).
 */
export const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(?:\.js)?$/;

const EMPTY_CLIENT_MODULE = path.join(__dirname, 'emptyClientModule.ts');

export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'lazy-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, EMPTY_CLIENT_MODULE)],
      };
    },
  };
}
