/**
 * Measures every diagram of the built site as Mermaid draws it and writes
 * src/diagrams/sizes.json, which the Mermaid wrapper uses to reserve each
 * diagram's space before it renders. Run after changing a diagram:
 *   npm run build && npm run diagrams:measure && npm run build
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from '../e2e/browser';
import {sitemapRoutes} from '../e2e/sitemap';
import {BASE_PATH, ORIGIN, PORT} from '../e2e/site';
import {serveBuild} from './lib/serveBuild';

type Size = {width: number; height: number};

async function main(): Promise<void> {
  const stop = await serveBuild(PORT, `${ORIGIN}${BASE_PATH}`);
  const browser = await chromium.launch({executablePath: chromiumExecutable(), args: CHROMIUM_ARGS});
  const sizes: Record<string, Size> = {};
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    for (const route of sitemapRoutes()) {
      await page.goto(`${ORIGIN}${BASE_PATH}${route}`);
      const figures = page.locator('figure[data-diagram]');
      for (let index = 0; index < (await figures.count()); index += 1) {
        const figure = figures.nth(index);
        await figure.scrollIntoViewIfNeeded();
        const svg = figure.locator('svg').first();
        await svg.waitFor();
        const key = (await figure.getAttribute('data-diagram')) ?? '';
        const viewBox = ((await svg.getAttribute('viewBox')) ?? '').split(/\s+/).map(Number);
        const [, , width, height] = viewBox;
        if (!width || !height) throw new Error(`/${route}: diagram ${key} has no usable viewBox`);
        sizes[key] = {width: Math.round(width), height: Math.round(height)};
        console.log(`/${route} ${key} ${Math.round(width)}x${Math.round(height)}`);
      }
    }
  } finally {
    await browser.close();
    stop();
  }
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  const file = path.join(__dirname, '..', 'src', 'diagrams', 'sizes.json');
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(sorted).length} diagram sizes to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
