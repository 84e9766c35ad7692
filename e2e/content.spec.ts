import type {Page} from '@playwright/test';
import {TOPIC_LIST} from '../src/data/topics';
import {TOPIC_IDS} from '../src/data/types';
import {expect, test, waitForHydration} from './fixtures';

/** Pages that must show a diagram: every topic page and the overview. */
const DIAGRAM_ROUTES = ['overview', ...TOPIC_LIST.map((topic) => topic.path.slice(1))];

/** Which comparison tables each page must show. */
const TABLES_BY_ROUTE: Record<string, string[]> = {
  overview: ['overview'],
  'cheat-sheet': ['at-a-glance'],
  'docker-vs-vm': ['docker-vs-vm'],
  ecs: ['ecs-launch-types'],
  fargate: ['ecs-launch-types'],
  batch: ['lambda-vs-batch'],
  lightsail: ['lightsail-vs-ec2'],
  'api-gateway': ['api-gateway-api-types'],
};

/**
 * Scrolls to each diagram (they render when they come near the viewport)
 * and checks Mermaid drew it with its accessible title and description.
 */
async function expectDiagramsRendered(page: Page): Promise<void> {
  const figures = page.locator('figure[data-diagram]');
  await expect(figures.first()).toBeAttached();
  const count = await figures.count();
  for (let index = 0; index < count; index += 1) {
    const figure = figures.nth(index);
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator('.docusaurus-mermaid-container svg');
    await expect(svg).toBeVisible();
    // Mermaid renders a "Syntax error" picture instead of throwing.
    await expect(svg).not.toContainText(/syntax error/i);
    await expect(svg).toHaveAttribute('aria-roledescription', /.+/);
    await expect(svg.locator('title')).toHaveText(/\S/);
    await expect(svg.locator('desc')).toHaveText(/\S/);
    const box = await svg.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(40);
    // The text alternative gives way once the diagram is drawn.
    await expect(figure.locator('p').first()).toBeHidden();
  }
}

for (const route of DIAGRAM_ROUTES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/${route} renders its diagrams in ${colorScheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await page.goto(route);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectDiagramsRendered(page);
    });
  }

  test(`/${route} diagrams fit a 375 px phone screen`, async ({page}) => {
    await page.setViewportSize({width: 375, height: 740});
    await page.goto(route);
    await waitForHydration(page);
    await expectDiagramsRendered(page);
    const overflow = await page
      .locator('figure[data-diagram] svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().right));
    expect(overflow.length).toBeGreaterThan(0);
    for (const right of overflow) expect(right).toBeLessThanOrEqual(375);
  });
}

for (const route of DIAGRAM_ROUTES) {
  test(`/${route} reserves each diagram's measured size, so nothing shifts when it draws`, async ({page}) => {
    await page.goto(route);
    await waitForHydration(page);
    const figures = page.locator('figure[data-diagram]');
    for (let index = 0; index < (await figures.count()); index += 1) {
      const figure = figures.nth(index);
      const key = await figure.getAttribute('data-diagram');
      const frame = figure.locator('> div');
      const ratio = await frame.evaluate((element) => getComputedStyle(element).aspectRatio);
      expect(
        ratio,
        `diagram ${key} on /${route} has no measured size: run npm run build && npm run diagrams:measure`,
      ).toMatch(/\d+ \/ \d+/);
      const before = await frame.boundingBox();
      await figure.scrollIntoViewIfNeeded();
      const svg = figure.locator('svg').first();
      await expect(svg).toBeVisible();
      const after = await frame.boundingBox();
      expect(after?.height, `diagram ${key} changed height when it rendered`).toBeCloseTo(before?.height ?? -1, 0);
      const [width = 0, height = 0] = ((await svg.getAttribute('viewBox')) ?? '').split(/\s+/).slice(2).map(Number);
      const [reservedWidth = 0, reservedHeight = 1] = ratio.split('/').map(Number);
      const drift = Math.abs(width / height - reservedWidth / reservedHeight) / (reservedWidth / reservedHeight);
      expect(drift, `diagram ${key} on /${route} drew at another shape: run npm run diagrams:measure`).toBeLessThan(
        0.05,
      );
    }
  });
}

test('without JavaScript a diagram shows its text description', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('lambda');
  const figure = page.locator('figure[data-diagram]').first();
  await expect(figure).toContainText('Event-driven Lambda that makes thumbnails');
  await expect(figure).toContainText(/uploads a photo/);
  await context.close();
});

for (const [route, tables] of Object.entries(TABLES_BY_ROUTE)) {
  test(`/${route} shows its comparison tables`, async ({page}) => {
    await page.goto(route);
    for (const id of tables) {
      const table = page.locator(`[data-comparison="${id}"]`);
      await expect(table).toBeVisible();
      await expect(table.locator('caption')).toHaveText(/\S/);
      await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
      expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(1);
    }
  });
}

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

  for (const id of TOPIC_IDS) {
    test(`a link to #${id} lands on that section`, async ({page}) => {
      await page.goto(`cheat-sheet#${id}`);
      await waitForHydration(page);
      const heading = page.locator(`h2#${id}`);
      await expect(heading).toBeInViewport();
    });
  }
});
