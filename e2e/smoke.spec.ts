import {TOPIC_IDS} from '../src/data/types';
import {expect, test, waitForHydration} from './fixtures';
import {sitemapRoutes} from '../scripts/lib/sitemap';
import {BASE_PATH, sitePath} from './site';

const routes = sitemapRoutes();

test('the sitemap lists the home page, every topic and the cheat sheet', () => {
  expect(routes).toEqual(
    expect.arrayContaining(['', 'overview', ...TOPIC_IDS, 'cheat-sheet', 'lab-stop-ec2', 'picker']),
  );
});

for (const route of routes) {
  test(`page /${route} loads cleanly under the base path`, async ({page}) => {
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname.startsWith(BASE_PATH)).toBe(true);
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{39,}/);
    // Fenced blocks are highlighted at build time and carry their language; anything else
    // reaches the plain src/theme/CodeBlock, which has none.
    for (const block of await page.locator('article .theme-code-block').all())
      await expect(block, 'code block is highlighted').toHaveClass(/\blanguage-[\w-]+/);
  });
}

test.describe('an unknown path', () => {
  // The browser logs the 404 status of the page itself; nothing else may fail.
  test.use({expectedErrors: [/status of 404 \(Not Found\)/]});

  test('shows the site 404 page', async ({page}) => {
    const response = await page.goto(sitePath('no-such-service'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page Not Found');
    await expect(page.locator('.navbar__title')).toHaveText('AWS Other Compute');
  });
});

test('every navbar, sidebar and footer link resolves', async ({page, request}) => {
  await page.goto('overview');
  await waitForHydration(page);
  const hrefs = await page
    .locator('.navbar a[href], .theme-doc-sidebar-container a[href], footer a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const internal = [...new Set(hrefs.filter((href) => href.startsWith(new URL(page.url()).origin)))];
  expect(internal.length).toBeGreaterThan(12);
  for (const href of internal) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('the search box is in the navbar and opens from the keyboard shortcut', async ({page}) => {
  await page.goto('');
  await waitForHydration(page);
  const searchBox = page.locator('.navbar').getByLabel('Search', {exact: true});
  await expect(searchBox).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(searchBox).toBeFocused();
  await searchBox.fill('lambda');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText(/lambda/i);
});
