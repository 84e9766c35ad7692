import type {Page} from '@playwright/test';

/**
 * Diagrams draw when they come near the viewport, so scroll to each one and
 * wait for its SVG. Used by the tests and the benchmark alike, so both see
 * every diagram drawn (and Mermaid loaded) the same way.
 */
export async function drawAllDiagrams(page: Page): Promise<void> {
  const figures = page.locator('figure[data-diagram]');
  for (let index = 0; index < (await figures.count()); index += 1) {
    await figures.nth(index).scrollIntoViewIfNeeded();
    // Five seconds, like a Playwright expect(...).toBeVisible() in the tests.
    await figures.nth(index).locator('svg').first().waitFor({state: 'visible', timeout: 5_000});
  }
}
