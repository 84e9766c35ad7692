import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, lightCodeTheme} from '../src/utils/codeThemes';
import {expect, test, waitForHydration} from './fixtures';

const ROUTE = 'lab-stop-ec2';
const HANDLER_FILE = path.join(__dirname, '..', 'src', 'lab', 'stop-instances', 'handler.ts');

const withoutFinalNewline = (text: string): string => text.replace(/\n$/, '');

test.describe('lab: stop EC2 instances on a schedule', () => {
  test.beforeEach(async ({page}) => {
    await page.goto(ROUTE);
    await waitForHydration(page);
  });

  test('shows its architecture diagram, drawn at build time', async ({page}) => {
    const svg = page.locator('figure.diagram svg').first();
    await expect(svg).toBeVisible();
    await expect(svg).toContainText('EventBridge Scheduler');
    await expect(svg).toContainText('CloudWatch Logs');
    await expect(svg.locator('title')).toHaveText(/stops tagged EC2 instances/);
    await expect(svg.locator('desc')).toHaveText(/\S/);
    expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(40);
  });

  test('shows the handler source exactly as it is in the repository', async ({page}) => {
    const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
    await expect(block).toHaveCount(1);
    await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText('src/lab/stop-instances/handler.ts');
    const shown = await block.locator('pre code').textContent();
    expect(withoutFinalNewline(shown ?? '')).toBe(withoutFinalNewline(readFileSync(HANDLER_FILE, 'utf8')));
  });

  test('highlights the handler and copies exactly its source', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
    await expect(block.locator('.token.keyword').first()).toBeVisible();
    await block.hover();
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    await expect(block.getByRole('button', {name: 'Copied'})).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(withoutFinalNewline(copied)).toBe(withoutFinalNewline(readFileSync(HANDLER_FILE, 'utf8')));
  });

  test('links to the Lambda page', async ({page}) => {
    const link = page.locator('article a[href$="/lambda"]').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('h1')).toHaveText('AWS Lambda');
  });
});

test('a code block reached by client-side navigation is highlighted after its chunk loads', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  await page.locator(`article a[href$="/${ROUTE}"]`).first().click();
  await expect(page.locator('h1')).toContainText('Lab');
  const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
  await expect(block.locator('.token.keyword').first()).toBeVisible();
});

/** "#282A36" -> "rgb(40, 42, 54)", the form getComputedStyle reports; rgb() colours pass through. */
function rgb(colour: string): string {
  if (!colour.startsWith('#')) return colour.replace(/\s*,\s*/g, ', ');
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The style a theme gives one token type: the last entry listing it wins, as in Prism themes. */
function themeStyle(theme: PrismTheme, type: string): PrismTheme['styles'][number]['style'] {
  return theme.styles
    .filter(({types}) => types.includes(type))
    .reduce((style, entry) => ({...style, ...entry.style}), {});
}

for (const [scheme, theme] of [
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
] as const) {
  test(`code blocks take the ${scheme} code theme, also when the page was rendered in the other mode`, async ({
    page,
  }) => {
    // The server renders light colours; dark mode arrives after hydration as an ordinary update.
    await page.emulateMedia({colorScheme: scheme});
    await page.goto(ROUTE);
    await waitForHydration(page);
    const code = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'}).locator('pre');
    await expect(code).toHaveCSS('background-color', rgb(theme.plain.backgroundColor ?? ''));
    await expect(code).toHaveCSS('color', rgb(theme.plain.color ?? ''));
    // Token colours were written at build time for both modes; the page shows this mode's.
    const comment = code.locator('.token.comment').first();
    await expect(comment).toHaveCSS('color', rgb(themeStyle(theme, 'comment').color ?? ''));
    await expect(comment).toHaveCSS('font-style', themeStyle(theme, 'comment').fontStyle ?? 'normal');
    const keyword = code.locator('.token.keyword').first();
    await expect(keyword).toHaveCSS('color', rgb(themeStyle(theme, 'keyword').color ?? ''));
  });
}

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('a code block too wide for the screen can be wrapped and unwrapped', async ({page}) => {
    await page.goto(ROUTE);
    await waitForHydration(page);
    const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
    const pre = block.locator('pre');
    const overflows = () => pre.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(await overflows()).toBe(true);
    const wrap = block.getByRole('button', {name: 'Toggle word wrap'});
    await wrap.click();
    await expect.poll(overflows).toBe(false);
    await wrap.click();
    await expect.poll(overflows).toBe(true);
  });

  test('a code block that fits has no word-wrap button', async ({page}) => {
    await page.goto(ROUTE);
    await waitForHydration(page);
    const fits = page.locator('.theme-code-block').filter({hasText: /^npx vitest run src\/lab$/});
    await expect(fits.getByRole('button', {name: 'Copy code to clipboard'})).toBeAttached();
    expect(await fits.locator('pre').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(fits.getByRole('button', {name: 'Toggle word wrap'})).toHaveCount(0);
  });
});
