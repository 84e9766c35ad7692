import {readFileSync} from 'node:fs';
import path from 'node:path';
import {darkCodeTheme, lightCodeTheme} from '../src/utils/codeThemes';
import {expect, test, waitForHydration} from './fixtures';

const ROUTE = 'lab-stop-ec2';
const HANDLER_FILE = path.join(__dirname, '..', 'src', 'lab', 'stop-instances', 'handler.ts');

test.describe('lab: stop EC2 instances on a schedule', () => {
  test.beforeEach(async ({page}) => {
    await page.goto(ROUTE);
    await waitForHydration(page);
  });

  test('renders its architecture diagram as an SVG with no Mermaid error', async ({page}) => {
    const diagram = page.locator('.docusaurus-mermaid-container').first();
    const svg = diagram.locator('svg');
    await expect(svg).toBeVisible();
    // Mermaid draws a "Syntax error" picture instead of throwing.
    await expect(svg).not.toContainText(/syntax error/i);
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

    // Each highlighted line ends in a <br>, not a newline character, so rebuild
    // the text from the DOM: text nodes as they are, <br> as "\n".
    const shown = await block.locator('pre code').evaluate((code) => {
      let text = '';
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
        else if (node.nodeName === 'BR') text += '\n';
      }
      return text;
    });

    const source = readFileSync(HANDLER_FILE, 'utf8');
    const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');
    expect(withoutFinalNewline(shown)).toBe(withoutFinalNewline(source));
  });

  test('highlights the handler and lets a reader copy it once the code block hydrates', async ({page}) => {
    const block = page.locator('.theme-code-block').filter({hasText: 'paginateDescribeInstances'});
    await expect(block.locator('.token.keyword').first()).toBeVisible();
    const copy = block.getByRole('button', {name: 'Copy code to clipboard'});
    await copy.click();
    await expect(block.getByRole('button', {name: 'Copied'})).toBeVisible();
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

/** "#282A36" -> "rgb(40, 42, 54)", the form getComputedStyle reports. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
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
  });
}
