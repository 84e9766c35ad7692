import {TOPIC_LIST} from '../src/data/topics';
import {TOPIC_IDS} from '../src/data/types';
import {expect, test} from './fixtures';
import {BASE_PATH} from './site';

test.describe('when a JavaScript chunk fails to load', () => {
  // The failed chunk is logged by the browser; nothing else may go wrong.
  test.use({expectedErrors: [/Failed to load resource|ChunkLoadError|Loading chunk|net::ERR_FAILED/i]});

  for (const route of ['lambda', 'cheat-sheet', 'ecs', 'lab-stop-ec2']) {
    test(`/${route} still shows its text, tables and anchors`, async ({page, context}) => {
      // Let the entry scripts load but fail every lazily loaded chunk, as a flaky network would.
      await context.route(/\/assets\/js\/(?!main\.|runtime~main\.)[^/]+\.js$/, (routeRequest) =>
        routeRequest.abort('failed'),
      );
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('article h1')).toBeVisible();
      expect(await page.locator('article h2[id]').count()).toBeGreaterThan(3);
      expect((await page.locator('article').innerText()).length).toBeGreaterThan(1500);
      if (route === 'lab-stop-ec2')
        await expect(page.locator('article pre').filter({hasText: 'paginateDescribeInstances'})).toBeVisible();
      else if (route !== 'lambda') await expect(page.locator('[data-comparison]').first()).toBeVisible();
    });
  }
});

test('without JavaScript every page keeps its text, tables and cheat-sheet anchors', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('cheat-sheet');
  for (const id of TOPIC_IDS) await expect(page.locator(`h2#${id}`)).toBeVisible();
  await expect(page.locator('[data-comparison="at-a-glance"] tbody tr').first()).toBeVisible();
  await page.goto('ecs');
  await expect(page.locator('[data-comparison="ecs-launch-types"]')).toBeVisible();
  await context.close();
});

test('without JavaScript the search page says how search works and links every topic', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('search');
  const fallback = page.locator('[data-search-fallback]');
  await expect(fallback).toContainText('Search runs in your browser with JavaScript');
  for (const topic of TOPIC_LIST) {
    await expect(fallback.getByRole('link', {name: topic.name, exact: true})).toHaveAttribute(
      'href',
      `${BASE_PATH}${topic.path.slice(1)}`,
    );
  }
  await context.close();
});
