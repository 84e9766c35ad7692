import {expect, test, waitForHydration} from './fixtures';

test('pages linked from the screen are still prefetched once the page is idle', async ({page}) => {
  await page.goto('cheat-sheet');
  await waitForHydration(page);
  // src/clientModules/idlePrefetch.ts defers Docusaurus's prefetching; it must not drop it.
  await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(3);
  const prefetched = await page
    .locator('head link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(
    prefetched.every((href) => /\/assets\/js\/[^/]+\.js$/.test(href)),
    prefetched.join('\n'),
  ).toBe(true);
});
