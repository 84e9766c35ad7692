import {statSync} from 'node:fs';
import path from 'node:path';

/**
 * The build file a same-site URL path serves, as GitHub Pages resolves it
 * with `trailingSlash: false`: "/base/" → index.html, "/base/lambda" →
 * lambda.html, "/base/404.html" and "/base/assets/js/x.js" as they are.
 * Undefined for a path outside the base path or with no file. The one
 * route-to-file mapping of the repository: the benchmark, the tests and the
 * social-card plugin all use it.
 */
export function buildFileFor(buildDir: string, basePath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(basePath.length));
  const candidates =
    relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`];
  return candidates
    .map((candidate) => path.join(buildDir, candidate))
    .find((file) => statSync(file, {throwIfNoEntry: false})?.isFile());
}
