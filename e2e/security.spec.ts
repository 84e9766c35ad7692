import {expect, test, waitForHydration} from './fixtures';

test('links to other sites open in a new tab without access to this page', async ({page}) => {
  for (const route of ['lambda', 'lab-stop-ec2', 'ecs']) {
    await page.goto(route);
    const external = page.locator('article a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''))) {
      expect(rel).toContain('noopener');
    }
  }
});

test('query parameters the picker reads are treated as text', async ({page}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const payload = encodeURIComponent('<img src=x onerror="window.__pwned=true">');
  await page.goto(
    `picker?code=${payload}&workload=${payload}&duration=%3Cscript%3Ewindow.__pwned%3Dtrue%3C%2Fscript%3E`,
  );
  await waitForHydration(page);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as {__pwned?: boolean}).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});
