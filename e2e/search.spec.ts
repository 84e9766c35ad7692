import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {gzipBytes} from '../scripts/lib/buildAssets';
import {TOPIC_LIST} from '../src/data/topics';
import {expect, test, waitForHydration} from './fixtures';
import {allowedRank, SEARCH_CASES} from './search-cases';
import {BASE_PATH} from './site';

/** The search index must stay small enough to fetch on a phone. */
const SEARCH_INDEX_BUDGET_GZIP = 150 * 1024;

/** The distinct pages, in order, that a list of result links point to. */
function pagesOf(hrefs: readonly string[]): string[] {
  const pages = hrefs.map((href) => new URL(href, 'http://site').pathname.slice(BASE_PATH.length));
  return pages.filter((page, index) => pages.indexOf(page) === index);
}

async function resultsPageHits(page: Page, query: string): Promise<string[]> {
  await page.goto(`search?q=${encodeURIComponent(query)}`);
  await waitForHydration(page);
  const results = page.locator('article[class*="searchResultItem"] h2 a');
  await expect(results.first()).toBeVisible();
  return pagesOf(await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')));
}

/** Page title shown for a route in the search dropdown. */
function titleOf(route: string): string {
  const topic = TOPIC_LIST.find((candidate) => candidate.path === `/${route}`);
  if (topic) return topic.name;
  if (route === 'cheat-sheet') return 'Cheat sheet';
  throw new Error(`No page title known for route "${route}"`);
}

test.describe('search results page (search?q=)', () => {
  for (const {query, route, kind} of SEARCH_CASES) {
    test(`"${query}" finds /${route} (${kind})`, async ({page}) => {
      const pages = await resultsPageHits(page, query);
      const rank = pages.indexOf(route) + 1;
      expect(rank, `pages found: ${pages.join(', ')}`).toBeGreaterThan(0);
      expect(rank, `pages found: ${pages.join(', ')}`).toBeLessThanOrEqual(allowedRank(kind));
    });
  }

  test('results link to the matching section anchor', async ({page}) => {
    await page.goto(`search?q=${encodeURIComponent('ephemeral storage')}`);
    const sectionLinks = page.locator('article[class*="searchResultItem"] h2 a[href*="#"]');
    await expect(sectionLinks.first()).toBeVisible();
    const href = (await sectionLinks.first().getAttribute('href')) ?? '';
    await sectionLinks.first().click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const id = href.split('#')[1] ?? '';
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test.describe('search box in the navbar', () => {
  for (const {query, route, kind} of SEARCH_CASES) {
    test(`"${query}" suggests /${route} (${kind})`, async ({page}) => {
      await page.goto('overview');
      await waitForHydration(page);
      const searchBox = page.locator('.navbar').getByLabel('Search', {exact: true});
      await searchBox.click();
      await searchBox.fill(query);
      const options = page.getByRole('option');
      await expect(options.first()).toBeVisible();
      const texts = await options.allInnerTexts();
      const title = titleOf(route);
      const rank = texts.findIndex((text) => text.includes(title)) + 1;
      expect(rank, texts.join(' / ')).toBeGreaterThan(0);
      expect(rank, texts.join(' / ')).toBeLessThanOrEqual(allowedRank(kind));
      if (kind === 'name') {
        await searchBox.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${route}(#.*)?$`));
      }
    });
  }
});

test.describe('search index', () => {
  test('is fetched on first use of search, not on page load', async ({page}) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('search-index')) indexRequests.push(request.url());
    });
    await page.goto('lambda');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
    await page.locator('.navbar').getByLabel('Search', {exact: true}).focus();
    await expect.poll(() => indexRequests.length).toBeGreaterThan(0);
    expect(new URL(indexRequests[0] ?? '').pathname.startsWith(BASE_PATH)).toBe(true);
  });

  test(`stays under ${SEARCH_INDEX_BUDGET_GZIP / 1024} KB gzip`, () => {
    const buildDir = path.join(__dirname, '..', 'build');
    const indexFiles = readdirSync(buildDir).filter((file) => /^search-index.*\.json$/.test(file));
    expect(indexFiles.length).toBeGreaterThan(0);
    for (const file of indexFiles) {
      expect(gzipBytes(path.join(buildDir, file)), file).toBeLessThan(SEARCH_INDEX_BUDGET_GZIP);
    }
  });
});

const HOSTILE_QUERIES = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '"><svg onload=window.__pwned=true>',
  'lambda'.repeat(334).slice(0, 2000),
  '.*+?^${}()|[]\\ (((',
  '🚀🐳 λ',
  '     ',
];

test.describe('odd and hostile search input', () => {
  for (const query of HOSTILE_QUERIES) {
    const label = JSON.stringify(query.length > 40 ? `${query.slice(0, 20)}… (${query.length} chars)` : query);

    test(`${label} is treated as text on the results page`, async ({page}) => {
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog: ${dialog.message()}`);
      });
      await page.goto(`search?q=${encodeURIComponent(query)}`);
      await waitForHydration(page);
      await expect(page.locator('h1')).toBeVisible();
      const results = page.locator('article[class*="searchResultItem"]');
      await expect(
        results.first().or(page.getByText(/no (documents|results) (were )?found|search the documentation/i).first()),
      ).toBeVisible();
      expect(await page.evaluate(() => (window as {__pwned?: boolean}).__pwned)).toBeUndefined();
      await expect(page.locator('main img[src="x"], #__docusaurus img[src="x"], svg[onload]')).toHaveCount(0);
    });

    test(`${label} is treated as text in the navbar search`, async ({page}) => {
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog: ${dialog.message()}`);
      });
      await page.goto('overview');
      await waitForHydration(page);
      const searchBox = page.locator('.navbar').getByLabel('Search', {exact: true});
      await searchBox.click();
      await searchBox.fill(query);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as {__pwned?: boolean}).__pwned)).toBeUndefined();
      await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
      await expect(searchBox).toHaveValue(query);
      await expect(page.locator('.navbar')).toBeVisible();
    });
  }
});
