import type {Plugin} from '@docusaurus/types';

/**
 * Swaps Docusaurus's prefetch helper for ./prefetchFile.ts, which asks for
 * each file once. The helper is a private module of @docusaurus/core, so
 * e2e/prefetch.spec.ts pins the swap: it fails if a page adds two prefetch
 * links for one file, or one for a script the page already has.
 */
export const DOCUSAURUS_PREFETCH_HELPER = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;

export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'prefetch-once',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            DOCUSAURUS_PREFETCH_HELPER,
            require.resolve('./prefetchFile.ts'),
          ),
        ],
      };
    },
  };
}
