import type {Page} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

/** The prefetch links in <head> once no new one has appeared for a second. */
async function settledPrefetchLinks(page: Page): Promise<string[]> {
  const read = () =>
    page
      .locator('head link[rel="prefetch"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  let before: string[] = [];
  await expect
    .poll(
      async () => {
        const now = await read();
        const settled = now.length > 0 && now.length === before.length;
        before = now;
        return settled;
      },
      {intervals: [1000]},
    )
    .toBe(true);
  return before;
}

// The search page links only to lessons, which share most of their chunks: the page where repeats showed most.
test('pages linked from the screen are prefetched once the page is idle, each file once', async ({page}) => {
  await page.goto('search');
  await waitForHydration(page);
  const prefetched = await settledPrefetchLinks(page);
  // src/clientModules/idlePrefetch.ts defers Docusaurus's prefetching; it must not drop it.
  expect(prefetched.length, prefetched.join('\n')).toBeGreaterThan(3);
  expect(prefetched.filter((href) => !/\/assets\/js\/[^/]+\.js$/.test(href))).toEqual([]);
  // src/plugins/prefetchOnce swaps Docusaurus's helper, which added a link per chunk per route (216 links for 19 files here).
  expect(prefetched.filter((href, index) => prefetched.indexOf(href) !== index)).toEqual([]);
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
  expect(prefetched.filter((href) => scripts.includes(href))).toEqual([]);
});
