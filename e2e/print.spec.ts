import type {Page} from '@playwright/test';
import {TOPIC_IDS} from '../src/data/types';
import {expect, test, waitForHydration} from './fixtures';

/** A4 pages in a PDF: page objects ("/Type /Page", not the "/Type /Pages" tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printCheatSheet(page: Page): Promise<Buffer> {
  await page.goto('cheat-sheet');
  await waitForHydration(page);
  await page.emulateMedia({media: 'print'});
  // The page's own @page rule (A4, its margins) decides the layout, as in a browser's print dialog.
  return page.pdf({format: 'A4', preferCSSPageSize: true});
}

// About two pages of facts, and the exam-vs-today notes: every change since the exam guides were
// written (three pages while there were 20; 22 notes take a little more than a page of their own).
test('the cheat sheet prints on at most four A4 pages', async ({page}) => {
  const pdf = await printCheatSheet(page);
  const pages = pdfPageCount(pdf);
  test.info().annotations.push({type: 'cheat sheet pages', description: String(pages)});
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
});

test('the printed cheat sheet keeps every section and a readable table', async ({page}) => {
  await printCheatSheet(page);
  for (const id of ['which-service-when', ...TOPIC_IDS]) {
    await expect(page.locator(`h2#${id}`)).toBeVisible();
  }
  const article = await page.locator('article').boundingBox();
  const table = await page.locator('article table').first().boundingBox();
  expect(table?.width ?? Infinity, 'the table fits the paper width').toBeLessThanOrEqual((article?.width ?? 0) + 1);
  const tableFontPx = await page
    .locator('article table td')
    .first()
    .evaluate((cell) => parseFloat(getComputedStyle(cell).fontSize));
  // 1pt is 96/72 CSS pixels; the browser rounds computed sizes, hence the small allowance.
  expect(tableFontPx, 'table text stays readable (7pt or more)').toBeGreaterThanOrEqual((7 * 96) / 72 - 0.01);
  const bodyFontPx = await page
    .locator('article li')
    .first()
    .evaluate((item) => parseFloat(getComputedStyle(item).fontSize));
  expect(bodyFontPx, 'list text stays readable (8pt or more)').toBeGreaterThanOrEqual((8 * 96) / 72 - 0.01);
});

test('print leaves out navigation, buttons and the self-check, and shows where links go', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  await page.emulateMedia({media: 'print'});
  for (const selector of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.theme-doc-toc-desktop',
    '.theme-doc-toc-mobile',
    '.theme-doc-breadcrumbs',
    '.pagination-nav',
    'footer.footer',
    '[data-self-check]',
    'h2#self-check',
    '[data-copy-link]',
    'button',
  ]) {
    for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
  }
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('.theme-last-updated')).toBeVisible();

  const external = page.locator('article .markdown a[href^="https://"]').first();
  const href = await external.getAttribute('href');
  const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe(`" (${href})"`);
  const internal = page.locator('article .markdown a[href^="/"]').first();
  expect(await internal.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
});

test.describe('in dark mode', () => {
  test.use({colorScheme: 'dark'});

  test('print is still dark text on white', async ({page}) => {
    await page.goto('lambda');
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({media: 'print'});
    const colours = await page
      .locator('article .markdown p')
      .first()
      .evaluate((paragraph) => ({
        text: getComputedStyle(paragraph).color,
        page: getComputedStyle(document.body).backgroundColor,
      }));
    expect(colours).toEqual({text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)'});
  });

  test('the Docker vs VM page prints its diagram, in the light palette', async ({page}) => {
    await page.goto('docker-vs-vm');
    await waitForHydration(page);
    const label = page.locator('figure.diagram .nodeLabel').first();
    const onScreen = await label.evaluate((element) => getComputedStyle(element).color);
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('figure.diagram svg').first()).toBeVisible();
    const printed = await label.evaluate((element) => getComputedStyle(element).color);
    expect(printed, 'diagram text on paper is not the dark-mode colour').not.toBe(onScreen);
    expect(printed).toBe('rgb(28, 30, 33)');
    const pdf = await page.pdf({format: 'A4'});
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  });
});
