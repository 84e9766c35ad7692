import type {Page} from '@playwright/test';
import {BRAND} from '../src/site/brand';
import {contrastRatio} from '../src/utils/contrast';
import {expect, test, waitForHydration} from './fixtures';
import {BASE_PATH} from './site';

/** Resolves once a service worker controls the page and has finished precaching the site. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  // `ready` resolves when the worker is active, that is after its install step downloaded the site.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first page was loaded before the worker existed; a reload puts it under the worker's control.
  await page.reload();
  await waitForHydration(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit, the site opens offline: links, reloads and typed addresses', async ({page, context}) => {
  await page.goto('overview');
  await waitForHydration(page);
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  // Client-side navigation from the sidebar.
  await page.locator('.theme-doc-sidebar-container').getByRole('link', {name: 'AWS Lambda', exact: true}).click();
  await expect(page.locator('article h1')).toHaveText('AWS Lambda');
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}lambda$`));

  // Client-side navigation from the navbar.
  await page.locator('.navbar').getByRole('link', {name: 'Cheat sheet'}).click();
  await expect(page.locator('article h1')).toHaveText('Cheat sheet');

  // A full page load of an address the reader typed or bookmarked.
  await page.goto('ecs');
  await expect(page.locator('article h1')).toHaveText('Amazon ECS');
  await waitForHydration(page);

  // Reloading the page, too.
  await page.reload();
  await expect(page.locator('article h1')).toHaveText('Amazon ECS');

  // The practice page fetches its question bank, which the offline copy keeps too.
  await page.goto('practice');
  await waitForHydration(page);
  await expect(page.locator('[data-practice="setup"]')).toBeVisible();
});

test('on a first visit, the offline download waits until the page has loaded and hydrated', async ({page}) => {
  // Notes, at the moment the worker is registered, whether the page had finished its own work.
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
      (window as {registeredAfter?: object}).registeredAfter = {
        load: document.readyState === 'complete',
        hydrated: document.documentElement.dataset.hasHydrated === 'true',
      };
      return register(...args);
    };
  });
  await page.goto('lab-stop-ec2');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await page.evaluate(() => (window as {registeredAfter?: object}).registeredAfter)).toEqual({
    load: true,
    hydrated: true,
  });
});

test('the site is installable: manifest, icons and theme colour', async ({page, request}) => {
  await page.goto('');
  const manifestLink = page.locator('link[rel="manifest"]');
  await expect(manifestLink).toHaveAttribute('href', `${BASE_PATH}manifest.json`);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', BRAND.indigo);

  const manifestUrl = new URL(`${BASE_PATH}manifest.json`, page.url());
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: {src: string; sizes: string; type: string; purpose?: string}[];
  };
  expect(manifest.name).toBe('AWS Other Compute');
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE_PATH);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
    const bytes = await response.body();
    const [width, height] = icon.sizes.split('x').map(Number);
    expect({width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}, icon.src).toEqual({width, height});
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('a new version is announced and offered in an accessible prompt', async ({page}) => {
      await page.goto('overview');
      await waitForHydration(page);
      await waitForOfflineCopy(page);
      // As after a deployment: a second version of the worker installs and waits to take over.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const active = registration?.active;
        if (!registration || !active) throw new Error('no active service worker');
        await navigator.serviceWorker.register(`${active.scriptURL}&deployment=next`, {scope: registration.scope});
      });

      const prompt = page.getByRole('region', {name: 'Site update'});
      await expect(prompt.getByText('New version available')).toBeVisible();
      await expect(prompt.getByRole('status')).toHaveText(/new version of these notes is available/);
      const refresh = prompt.getByRole('button', {name: 'Refresh'});
      const close = prompt.getByRole('button', {name: 'Close'});
      await expect(refresh).toBeVisible();

      await refresh.focus();
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      const colours = await refresh.evaluate((button) => ({
        text: getComputedStyle(button).color,
        box: getComputedStyle(button.closest('.alert') ?? document.body).backgroundColor,
      }));
      expect(contrastRatio(colours.text, colours.box), `${colours.text} on ${colours.box}`).toBeGreaterThanOrEqual(4.5);

      await page.keyboard.press('Enter');
      await expect(refresh).toBeHidden();
    });
  });
}
