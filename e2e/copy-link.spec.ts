import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {contrastRatio} from '../src/utils/contrast';
import {expect, test, waitForHydration} from './fixtures';
import {ORIGIN, sitePath} from './site';

const BUILD_DIR = path.join(__dirname, '..', 'build');

test.use({permissions: ['clipboard-read', 'clipboard-write']});

// That every linkable heading has a button named after its words is checked on every page by e2e/pages.spec.ts.

test('the button copies the absolute link to the section and says so', async ({page, context}) => {
  await page.goto('cheat-sheet');
  await waitForHydration(page);
  await page.getByRole('button', {name: 'Copy link to section: AWS Lambda', exact: true}).click();

  const status = page.getByRole('status').filter({hasText: 'Link copied'});
  await expect(status).toHaveText('Link copied');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${ORIGIN}${sitePath('cheat-sheet')}#lambda`);

  // The copied link, opened fresh, lands on the section.
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('h2#lambda')).toBeInViewport();
});

test('the button is reached with Tab, works with Enter and shows its focus', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  const button = page.locator('h2#pricing').getByRole('button');
  // The button sits just before the heading's "#" link in the tab order.
  await page.locator('h2#pricing a.hash-link').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  const outline = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({hasText: 'Link copied'})).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}${sitePath('lambda')}#pricing`);
  await expect(button).toBeFocused();
});

test('without the Clipboard API the button still copies, through the fallback', async ({page}) => {
  await page.addInitScript(() => {
    // Simulate a browser that refuses the asynchronous Clipboard API.
    Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});
    const copiedTexts: string[] = [];
    (window as unknown as {copiedTexts: string[]}).copiedTexts = copiedTexts;
    const execCommand = document.execCommand.bind(document);
    // Records what is selected when "copy" runs: the fallback selects a textarea holding the link.
    document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
      const active = document.activeElement;
      if (command === 'copy' && active instanceof HTMLTextAreaElement) copiedTexts.push(active.value);
      return execCommand(command, ...rest);
    };
  });
  await page.goto('lambda');
  await waitForHydration(page);
  const button = page.locator('h2#limits').getByRole('button');
  await button.click();
  await expect(page.getByRole('status').filter({hasText: 'Link copied'})).toBeAttached();
  const copiedTexts = await page.evaluate(() => (window as unknown as {copiedTexts: string[]}).copiedTexts);
  expect(copiedTexts).toContain(`${ORIGIN}${sitePath('lambda')}#limits`);
  await expect(button).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('the button stands out from the page (3:1 or more)', async ({page}) => {
      await page.goto('lambda');
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const button = page.locator('h2#limits').getByRole('button');
      await expect(button).toBeVisible();
      const colours = await button.evaluate((element) => ({
        icon: getComputedStyle(element).color,
        border: getComputedStyle(element).borderTopColor,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      expect(
        contrastRatio(colours.icon, colours.page),
        `icon ${colours.icon} on ${colours.page}`,
      ).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colours.border, colours.page), `border ${colours.border}`).toBeGreaterThanOrEqual(3);
    });
  });
}

test('the buttons are not printed', async ({page}) => {
  await page.goto('lambda');
  await waitForHydration(page);
  await expect(page.locator('h2#limits').getByRole('button')).toBeVisible();
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('[data-copy-link]')).toHaveCount(
    await page.locator('article :is(h2, h3, h4, h5, h6)[id]').count(),
  );
  for (const button of await page.locator('[data-copy-link]').all()) await expect(button).toBeHidden();
});

test('without JavaScript the page shows no button that needs it, and the search index holds none', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('lab-stop-ec2');
  // In the HTML, so that hydration adds nothing, yet hidden: they could not work.
  expect(await page.locator('[data-copy-link]').count()).toBeGreaterThan(5);
  expect(await page.locator('.theme-code-block button').count()).toBeGreaterThan(5);
  for (const button of await page.locator('article button').all()) await expect(button).toBeHidden();
  await expect(page.locator('article').getByRole('button')).toHaveCount(0);
  await context.close();

  const indexes = readdirSync(BUILD_DIR).filter((file) => /^search-index.*\.json$/.test(file));
  expect(indexes.length).toBeGreaterThan(0);
  for (const file of indexes) {
    const index = readFileSync(path.join(BUILD_DIR, file), 'utf8');
    for (const label of ['Copy link to section', 'Copy code to clipboard', 'Toggle word wrap']) {
      expect(index, `${file}: ${label}`).not.toContain(label);
    }
  }
});
