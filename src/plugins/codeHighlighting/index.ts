import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Code is highlighted at build time (./remarkHighlightCode.ts), so readers'
 * browsers never need Prism. The classic theme still registers Prism's
 * extra languages in a client module, and client modules run on every page
 * before it hydrates: Prism and its grammars cost about 140 ms of main
 * thread on a CPU throttled 4x like a phone, on every page. This plugin
 * swaps that module for an empty one.
 */
export const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(?:\.js)?$/;

const EMPTY_CLIENT_MODULE = path.join(__dirname, 'emptyClientModule.ts');

export default function codeHighlightingPlugin(): Plugin {
  return {
    name: 'code-highlighting',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, EMPTY_CLIENT_MODULE)],
      };
    },
  };
}
