import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Code blocks are highlighted at build time (./shiki.ts), so readers'
 * browsers need no highlighter. The classic theme still registers a client
 * module that loads Prism (through prism-react-renderer) to add languages,
 * and client modules run on every page before it hydrates. This plugin
 * swaps that module for an empty one; e2e/pages.spec.ts fails if Prism
 * code reaches any page.
 */
export const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(?:\.js)?$/;

const EMPTY_CLIENT_MODULE = path.join(__dirname, 'emptyClientModule.ts');

export default function codeBlocksPlugin(): Plugin {
  return {
    name: 'code-blocks',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, EMPTY_CLIENT_MODULE)],
      };
    },
  };
}
