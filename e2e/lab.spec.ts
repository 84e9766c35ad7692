import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, waitForHydration} from './fixtures';

const ROUTE = 'lab-stop-ec2';
const HANDLER_FILE = path.join(__dirname, '..', 'src', 'lab', 'stop-instances', 'handler.ts');

const withoutFinalNewline = (text: string): string => text.replace(/\n$/, '');

/** Tokens Shiki coloured at build time: each carries its light colour and its dark one (--shiki-dark). */
const TOKEN = 'code span[style*="--shiki-dark"]';

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
    await expect(block.locator(TOKEN).first()).toBeVisible();
    await block.hover();
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    // The clipboard, not the button's "Copied" label: the label shows for one second only, which a
    // loaded machine can let pass between two checks of the label.
    await expect
      .poll(async () => withoutFinalNewline(await page.evaluate(() => navigator.clipboard.readText())))
      .toBe(withoutFinalNewline(readFileSync(HANDLER_FILE, 'utf8')));
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
  await expect(block.locator(TOKEN).first()).toBeVisible();
});

/** "#0D1117" -> "rgb(13, 17, 23)", the form getComputedStyle reports. */
function rgb(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** One property of an inline style: ("color:#1f2328;--shiki-dark:#e6edf3", "--shiki-dark") -> "#e6edf3". */
function declared(style: string | null, property: string): string {
  const value = new RegExp(`(?:^|;)${property}:([^;]+)`).exec(style ?? '')?.[1];
  if (!value) throw new Error(`no ${property} in the style "${style}"`);
  return value;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`code blocks show the ${scheme} colours Shiki wrote at build time`, async ({page}) => {
    await page.emulateMedia({colorScheme: scheme});
    await page.goto(ROUTE);
    await waitForHydration(page);
    const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
    const comment = block
      .locator(TOKEN)
      .filter({hasText: /^\s*\/\//})
      .first();
    const [blockStyle, commentStyle] = [await block.getAttribute('style'), await comment.getAttribute('style')];
    // Light colours are the inline ones; dark ones are variables that src/css/custom.css applies.
    const [background, colour] =
      scheme === 'light' ? ['background-color', 'color'] : ['--shiki-dark-bg', '--shiki-dark'];
    expect(declared(blockStyle, 'background-color')).not.toBe(declared(blockStyle, '--shiki-dark-bg'));
    await expect(block).toHaveCSS('background-color', rgb(declared(blockStyle, background)));
    await expect(block.locator('pre')).toHaveCSS('color', rgb(declared(blockStyle, colour)));
    await expect(comment).toHaveCSS('color', rgb(declared(commentStyle, colour)));
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
