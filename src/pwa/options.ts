import path from 'node:path';
import type {Options, PluginOptions} from '@docusaurus/plugin-pwa';
import {BRAND} from '../site/brand';
import {cleanUrlManifest} from './cleanUrls';

type InjectManifestConfig = PluginOptions['injectManifestConfig'];
type ManifestTransform = NonNullable<InjectManifestConfig['manifestTransforms']>[number];

/**
 * Options for @docusaurus/plugin-pwa.
 *
 * - `always`: a reader who has visited once can read every page offline, on
 *   a train or in an exam centre without a connection, without having to
 *   "install" the site first. The price is one background download of the
 *   built site (its HTML, scripts, styles and search index) on the first
 *   visit; the other strategies (appInstalled, standalone, queryString) are
 *   subsets of this one, so listing them would change nothing.
 * - A new deployment changes sw.js; the browser installs the new worker and
 *   the plugin's reload popup (src/theme/PwaReloadPopup) offers to switch,
 *   so nobody is kept on old notes without being told.
 * - Pages are precached under their clean address (/lambda, not
 *   lambda.html; see ./cleanUrls), so a reload or a typed address works
 *   offline, not only links followed inside the site.
 * - Social cards are for link previews and are never shown on a page, and
 *   the 404 page is not a page anyone opens on purpose; neither is
 *   downloaded for offline reading.
 * - On a first visit, the worker is registered once the page has settled
 *   (./registerWhenQuiet.ts), so that download does not compete with it.
 */
export const pwaOptions = {
  offlineModeActivationStrategies: ['always'],
  swRegister: path.join(__dirname, 'registerWhenQuiet.ts'),
  // The plugin fills in swSrc, swDest and globDirectory itself; the type still asks for them.
  injectManifestConfig: {
    globIgnores: ['img/social/**', 'img/social-card.png', '404.html'],
    manifestTransforms: [(entries) => cleanUrlManifest(entries)] satisfies ManifestTransform[],
  } satisfies Partial<InjectManifestConfig> as InjectManifestConfig,
  pwaHead: [
    // Relative paths: the plugin puts the base URL in front of them.
    {tagName: 'link', rel: 'manifest', href: 'manifest.json'},
    {tagName: 'meta', name: 'theme-color', content: BRAND.indigo},
    {tagName: 'meta', name: 'mobile-web-app-capable', content: 'yes'},
    {tagName: 'meta', name: 'apple-mobile-web-app-capable', content: 'yes'},
    {tagName: 'meta', name: 'apple-mobile-web-app-status-bar-style', content: 'default'},
    {tagName: 'link', rel: 'apple-touch-icon', href: 'img/icon-192.png'},
  ],
} satisfies Options;
