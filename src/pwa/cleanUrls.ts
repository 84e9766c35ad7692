/**
 * Rewrites the service worker's precache list so that pages are stored
 * under the address readers use. With `trailingSlash: false` the build
 * writes /lambda as lambda.html, but links, bookmarks and shared URLs say
 * /lambda, and the plugin's worker looks a request up by its own address
 * (or that address plus /index.html). Listed as "lambda.html", the page
 * would be cached yet never found for a reload or a typed address offline.
 * Fetching "lambda" is also what every static host answers the same way;
 * some (docusaurus serve among them) redirect "lambda.html" elsewhere.
 *
 * "index.html" becomes "./" (the site root), "guide/index.html" becomes
 * "guide/", "lambda.html" becomes "lambda"; other files are untouched.
 */
type Entry = {
  readonly url: string;
};

export function cleanPageUrl(url: string): string {
  if (url === 'index.html') return './';
  if (url.endsWith('/index.html')) return url.slice(0, -'index.html'.length);
  return url.endsWith('.html') ? url.slice(0, -'.html'.length) : url;
}

export function cleanUrlManifest<E extends Entry>(entries: readonly E[]): {manifest: E[]; warnings: string[]} {
  return {manifest: entries.map((entry) => ({...entry, url: cleanPageUrl(entry.url)})), warnings: []};
}
