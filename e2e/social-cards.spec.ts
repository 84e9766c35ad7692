import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {JSDOM} from 'jsdom';
import {buildFileFor} from '../scripts/lib/buildFiles';
import {sitemapRoutes} from '../scripts/lib/sitemap';
import {BASE_PATH, sitePath} from './site';

/*
 * Link previews are read by chat apps and social sites from the built HTML,
 * without running scripts, so these checks read the HTML files too.
 */
const BUILD_DIR = path.join(__dirname, '..', 'build');
const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
/** Some chat apps show no preview for a large image; the cards are flat colours and stay far below this. */
const CARD_MAX_BYTES = 200 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Preview = {
  readonly ogTitle: string | undefined;
  readonly ogDescription: string | undefined;
  readonly ogImage: string | undefined;
  readonly twitterCard: string | undefined;
  readonly twitterImage: string | undefined;
};

function builtPage(route: string): string {
  const file = buildFileFor(BUILD_DIR, BASE_PATH, sitePath(route));
  if (!file) throw new Error(`no built page for /${route} in ${BUILD_DIR}`);
  return file;
}

function previewOf(route: string): Preview {
  const {document} = new JSDOM(readFileSync(builtPage(route), 'utf8')).window;
  const meta = (selector: string): string | undefined =>
    document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? undefined;
  return {
    ogTitle: meta('property="og:title"'),
    ogDescription: meta('property="og:description"'),
    ogImage: meta('property="og:image"'),
    twitterCard: meta('name="twitter:card"'),
    twitterImage: meta('name="twitter:image"'),
  };
}

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), `${file} starts with IHDR`).toBe('IHDR');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

const routes = sitemapRoutes();

for (const route of routes) {
  test(`/${route} has a link preview with its own 1200x630 card`, () => {
    const preview = previewOf(route);
    expect(preview.ogTitle, 'og:title').toMatch(/\S/);
    expect(preview.ogDescription, 'og:description').toMatch(/\S.{20,}/);
    expect(preview.twitterCard, 'twitter:card').toBe('summary_large_image');
    expect(preview.twitterImage, 'twitter:image').toBe(preview.ogImage);

    const image = new URL(preview.ogImage ?? '', 'relative:/');
    expect(image.protocol, `og:image ${preview.ogImage} is an absolute http(s) URL`).toMatch(/^https?:$/);
    expect(image.pathname.startsWith(`${BASE_PATH}img/social/`), `${image.pathname} is under the base path`).toBe(true);
    const file = path.join(BUILD_DIR, image.pathname.slice(BASE_PATH.length));
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(pngSize(file)).toEqual({width: CARD_WIDTH, height: CARD_HEIGHT});
    expect(readFileSync(file).length).toBeLessThanOrEqual(CARD_MAX_BYTES);
  });
}

test('every page has a card of its own', () => {
  const images = routes.map((route) => previewOf(route).ogImage);
  expect(new Set(images).size).toBe(routes.length);
});

test('the 404 page and the configured default image have cards too', () => {
  const notFound = new JSDOM(readFileSync(builtPage('404.html'), 'utf8')).window.document;
  const image = notFound.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
  expect(pngSize(path.join(BUILD_DIR, new URL(image).pathname.slice(BASE_PATH.length)))).toEqual({
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  });
  expect(pngSize(path.join(BUILD_DIR, 'img', 'social-card.png'))).toEqual({width: CARD_WIDTH, height: CARD_HEIGHT});
});
