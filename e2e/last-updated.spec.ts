import {expect, test, waitForHydration} from './fixtures';

test('a doc page shows when it was last updated, from git history', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  const lastUpdated = page.locator('.theme-last-updated');
  await expect(lastUpdated).toContainText('Last updated on');
  const dateTime = (await lastUpdated.locator('time').getAttribute('datetime')) ?? '';
  const updated = new Date(dateTime);
  expect(Number.isNaN(updated.getTime()), `datetime "${dateTime}"`).toBe(false);
  // A real commit date: after the site began and not in the future.
  expect(updated.getTime()).toBeGreaterThan(Date.UTC(2024, 0, 1));
  expect(updated.getTime()).toBeLessThanOrEqual(Date.now());
});
