/**
 * Writes src/data/published-anchors.json from the built site: for every
 * page in build/sitemap.xml, the ids of the headings in its article.
 *
 *   npm run build && npm run anchors:update
 *
 * The list only grows. If a published id (or page) is gone from the build,
 * the script names it and stops, because somebody's shared link would break:
 * bring the id back (`## New wording {#old-id}`). Only when a removal is
 * truly meant, rerun with --allow-removal.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import {basePathFromEnv} from '../src/site/address';
import {sitemapRoutes} from './lib/sitemap';
import {builtAnchors, describeLost, lostAnchors, parseAnchorList, sortedAnchors} from './lib/anchors';

const BASE_PATH = basePathFromEnv(process.env);

const ROOT = path.join(__dirname, '..');
const BUILD_DIR = path.join(ROOT, 'build');
const PUBLISHED_FILE = path.join(ROOT, 'src', 'data', 'published-anchors.json');

async function main(): Promise<void> {
  const allowRemoval = process.argv.includes('--allow-removal');
  const built = sortedAnchors(builtAnchors(BUILD_DIR, BASE_PATH, sitemapRoutes()));
  const published = existsSync(PUBLISHED_FILE)
    ? parseAnchorList(JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8')), PUBLISHED_FILE)
    : {};

  const lost = lostAnchors(published, built);
  if (lost.length > 0 && !allowRemoval) {
    for (const anchor of lost) console.error(`lost: ${describeLost(anchor)}`);
    console.error(
      `\n${lost.length} published link(s) would break. Restore the ids, or rerun with --allow-removal if that is intended.`,
    );
    process.exit(1);
  }

  const options = (await prettier.resolveConfig(PUBLISHED_FILE)) ?? {};
  const json = await prettier.format(JSON.stringify(built), {...options, parser: 'json'});
  writeFileSync(PUBLISHED_FILE, json);
  const idCount = Object.values(built).reduce((sum, ids) => sum + ids.length, 0);
  console.log(`${path.relative(ROOT, PUBLISHED_FILE)}: ${Object.keys(built).length} pages, ${idCount} heading ids`);
}

void main();
