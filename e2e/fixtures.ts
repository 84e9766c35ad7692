import {test as base, expect, type Page} from '@playwright/test';
import {ORIGIN} from './site';

type Guard = {
  /** Console errors, page errors and requests that left the site. */
  readonly problems: string[];
};

/**
 * Every test gets a page that records console errors, uncaught page errors
 * and any request to another host, and fails the test when one happened.
 */
export const test = base.extend<{guard: Guard; expectedErrors: RegExp[]}>({
  // Console or page errors a test provokes on purpose, e.g. the 404 status of a missing page.
  expectedErrors: [[], {option: true}],
  guard: [
    async ({page, expectedErrors}, use) => {
      const guard: Guard = {problems: []};
      watch(page, guard, expectedErrors);
      await use(guard);
      expect(guard.problems, 'console errors, page errors or off-site requests').toEqual([]);
    },
    {auto: true},
  ],
});

function watch(page: Page, guard: Guard, expectedErrors: readonly RegExp[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!expectedErrors.some((pattern) => pattern.test(text))) guard.problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => {
    if (!expectedErrors.some((pattern) => pattern.test(error.message)))
      guard.problems.push(`page error: ${error.message}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(ORIGIN)) guard.problems.push(`off-site request: ${url}`);
  });
}

/** Resolves once React has hydrated the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

export {expect};
