/**
 * Where the site is served. GitHub Pages serves a project site at
 * https://<owner>.github.io/<repo>/; the deploy workflow passes the real
 * values as SITE_URL and BASE_URL, and the tests read the same BASE_URL, so
 * they test the base path the site was built under. An empty value (a pull
 * request's build, where the workflow has none) means the default.
 */
export const DEFAULT_SITE_URL = 'https://aws-other-compute.github.io';
export const DEFAULT_BASE_URL = '/aws-other-compute/';

export function siteUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.SITE_URL || DEFAULT_SITE_URL;
}

/** The base path with one leading and one trailing slash. */
export function basePathFromEnv(env: NodeJS.ProcessEnv): string {
  const value = env.BASE_URL || DEFAULT_BASE_URL;
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
