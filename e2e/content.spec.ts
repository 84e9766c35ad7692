import {TOPIC_IDS} from '../src/data/types';
import {sitemapRoutes} from '../scripts/lib/sitemap';
import {expect, test, waitForHydration} from './fixtures';

test('without JavaScript every diagram is there, drawn at build time, with its labels as text', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  let drawn = 0;
  for (const route of sitemapRoutes()) {
    await page.goto(route);
    const figures = page.locator('figure.diagram');
    for (let index = 0; index < (await figures.count()); index += 1) {
      const svg = figures.nth(index).locator('svg').first();
      await svg.scrollIntoViewIfNeeded();
      await expect(svg, `/${route} diagram ${index + 1}`).toBeVisible();
      await expect(svg).toHaveAccessibleName(/\S/);
      await expect(svg.locator('.nodeLabel').first()).toHaveText(/\S/);
      expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(40);
      drawn += 1;
    }
  }
  expect(drawn, 'diagrams across the site').toBeGreaterThanOrEqual(14);
  await context.close();
});

test('a comparison table scrolls inside itself on a phone, keeping its first column in view', async ({page}) => {
  await page.setViewportSize({width: 375, height: 740});
  await page.goto('overview');
  await waitForHydration(page);
  const region = page.locator('[data-comparison="overview"]');
  const sizes = await region.evaluate((element) => ({scroll: element.scrollWidth, client: element.clientWidth}));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const firstHeader = region.locator('tbody th').first();
  const before = await firstHeader.boundingBox();
  await region.evaluate((element) => element.scrollBy({left: 300}));
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  const after = await firstHeader.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
});

test.describe('cheat sheet', () => {
  test('has every section id, in the published order', async ({page}) => {
    await page.goto('cheat-sheet');
    const ids = await page.locator('article h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.filter((id) => (TOPIC_IDS as readonly string[]).includes(id))).toEqual([...TOPIC_IDS]);
    for (const id of TOPIC_IDS) {
      const items = page.locator(`h2#${id} + ul > li`);
      expect(await items.count(), `#${id} lines`).toBeGreaterThanOrEqual(3);
    }
  });

  test('a link to each section lands on that section', async ({page}) => {
    for (const id of TOPIC_IDS) {
      // A fresh load per link, as when a link is opened from a chat.
      await page.goto(`cheat-sheet#${id}`);
      await waitForHydration(page);
      await expect(page.locator(`h2#${id}`), `#${id}`).toBeInViewport();
    }
  });
});
