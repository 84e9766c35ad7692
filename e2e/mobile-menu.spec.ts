import {expect, test, waitForHydration} from './fixtures';

test.use({viewport: {width: 375, height: 740}});

test('on a phone the menu opens on the docs sidebar, which leads to another page', async ({page}) => {
  await page.goto('ecs');
  await waitForHydration(page);
  await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
  const menu = page.locator('.navbar-sidebar');
  // The docs sidebar, handed over when the menu opens (src/theme/DocSidebar/Mobile), with a way back.
  await expect(menu.getByRole('button', {name: /Back to main menu/})).toBeVisible();
  const lambda = menu.getByRole('link', {name: 'AWS Lambda', exact: true});
  await expect(lambda).toBeVisible();
  await lambda.click();
  await expect(page.locator('h1')).toHaveText('AWS Lambda');
  await expect(menu).not.toBeVisible();

  // Opening it again, on the new page, shows the sidebar again.
  await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
  await expect(menu.getByRole('link', {name: 'Amazon ECS', exact: true})).toBeVisible();
});
