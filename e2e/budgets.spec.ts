import path from 'node:path';
import type {Page} from '@playwright/test';
import {weighPage} from '../scripts/lib/buildAssets';
import {drawAllDiagrams} from './diagrams';
import {expect, test, waitForHydration} from './fixtures';
import {sitemapRoutes} from './sitemap';
import {BASE_PATH, ORIGIN} from './site';

/*
 * Byte budgets, in gzip bytes of the files each page loads. They are set a
 * little above today's figures (npm run bench prints them) so that a change
 * that makes every page heavier has to raise a budget on purpose.
 */
const JS_BUDGET_WITHOUT_DIAGRAMS = 270 * 1024;
const JS_BUDGET_WITH_DIAGRAMS_DRAWN = 480 * 1024;
const CSS_BUDGET = 30 * 1024;

const BUILD_DIR = path.join(__dirname, '..', 'build');

/** Records the same-site paths a page requests. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === ORIGIN) paths.push(url.pathname);
  });
  return paths;
}

for (const route of sitemapRoutes()) {
  test(`/${route} stays within its byte budget`, async ({page}) => {
    const requested = recordRequests(page);
    await page.goto(route);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const hasDiagrams = (await page.locator('figure[data-diagram]').count()) > 0;
    await drawAllDiagrams(page);
    await page.waitForLoadState('networkidle');
    const weight = weighPage(BUILD_DIR, BASE_PATH, requested);

    expect(weight.mermaidLoaded, 'Mermaid code loaded').toBe(hasDiagrams);
    // Code is highlighted at build time, so no page needs Prism, with or without code blocks.
    expect(weight.prismLoaded, 'Prism (code highlighting) loaded').toBe(false);
    const jsBudget = hasDiagrams ? JS_BUDGET_WITH_DIAGRAMS_DRAWN : JS_BUDGET_WITHOUT_DIAGRAMS;
    expect(weight.gzip.js, `JavaScript gzip bytes (budget ${jsBudget})`).toBeLessThanOrEqual(jsBudget);
    expect(weight.gzip.css, `CSS gzip bytes (budget ${CSS_BUDGET})`).toBeLessThanOrEqual(CSS_BUDGET);
  });
}

test('a page with diagrams loads no Mermaid code until a diagram comes near the viewport', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 600});
  const requested = recordRequests(page);
  // The ECR page opens with text; its diagram is further down.
  await page.goto('ecr');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const firstDiagramTop = await page
    .locator('figure[data-diagram]')
    .first()
    .evaluate((figure) => figure.getBoundingClientRect().top);
  expect(firstDiagramTop, 'this test needs a page whose first diagram starts below the fold').toBeGreaterThan(
    600 + 400,
  );
  expect(weighPage(BUILD_DIR, BASE_PATH, requested).mermaidLoaded).toBe(false);
  await page.locator('figure[data-diagram]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('figure[data-diagram] svg').first()).toBeVisible();
  expect(weighPage(BUILD_DIR, BASE_PATH, requested).mermaidLoaded).toBe(true);
});
