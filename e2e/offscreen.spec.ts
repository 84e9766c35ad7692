import type {Locator} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

/**
 * Whether the browser has laid out and painted the element, rather than
 * holding back the block it sits in until the reader scrolls near it
 * (src/css/offscreen.css).
 */
function isLaidOut(element: Locator): Promise<boolean> {
  return element.evaluate((node) => node.checkVisibility({contentVisibilityAuto: true}));
}

/** The pixels in a strip just left of the element, where its focus ring is drawn. */
async function stripLeftOf(element: Locator): Promise<Buffer> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error('the element has no box');
  return element.page().screenshot({clip: {x: box.x - 5, y: box.y, width: 4, height: box.height}});
}

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('a block far below the fold waits to be laid out, and a focus ring at its edge is whole', async ({page}) => {
    await page.goto('lambda');
    await waitForHydration(page);
    const report = page.locator('.markdown > p[data-report-mistake] a');
    const lastHeading = page.locator('.markdown > h2').last();
    expect(await isLaidOut(report), 'the last block is held back').toBe(false);
    expect(await isLaidOut(lastHeading), 'headings are always laid out').toBe(true);

    await report.scrollIntoViewIfNeeded();
    await expect.poll(() => isLaidOut(report)).toBe(true);

    // The link starts its block, so half its ring lies outside the block's box.
    const [linkLeft, blockLeft] = await report.evaluate((link) => [
      link.getBoundingClientRect().left,
      (link.closest('.markdown > *') as Element).getBoundingClientRect().left,
    ]);
    expect(linkLeft - blockLeft).toBeLessThan(1);
    const unfocused = await stripLeftOf(report);
    await report.focus();
    await expect(report).toBeFocused();
    expect((await stripLeftOf(report)).equals(unfocused), 'the focus ring is painted left of the link').toBe(false);
  });
});

test('a page opened at a fragment lays every block out, so it lands on the target', async ({page}) => {
  await page.goto('lambda#limits');
  await waitForHydration(page);
  await expect(page.locator('h2#limits')).toBeInViewport();
  expect(await isLaidOut(page.locator('.markdown > p[data-report-mistake] a'))).toBe(true);
});

test('a link to a section on another page lands on it once the blocks above take their real height', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto('cheat-sheet');
  await waitForHydration(page);
  await page.locator('.markdown a[href$="/api-gateway#limits"]').first().click();
  await expect(page).toHaveURL(/\/api-gateway#limits$/);
  const heading = page.locator('h2#limits');
  await expect(heading).toBeInViewport();
  // Blocks above it are laid out over the next frames; the reader must stay on the heading.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});
