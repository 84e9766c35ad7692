import {readFileSync} from 'node:fs';
import path from 'node:path';
import {basePathFromEnv} from '../../src/site/address';

const BASE_PATH = basePathFromEnv(process.env);

/**
 * Every page in the built sitemap as a route relative to the site root
 * ("" for the home page, "lambda", "cheat-sheet", ...).
 */
export function sitemapRoutes(): string[] {
  const file = path.join(__dirname, '..', '..', 'build', 'sitemap.xml');
  const xml = readFileSync(file, 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error(`${file} lists no pages`);
  return urls.map((url) => {
    const {pathname} = new URL(url);
    if (!pathname.startsWith(BASE_PATH)) {
      throw new Error(`${url} in the sitemap is not under the base path ${BASE_PATH}: rebuild with the same BASE_URL`);
    }
    return pathname.slice(BASE_PATH.length);
  });
}
