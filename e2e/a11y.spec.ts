import AxeBuilder from '@axe-core/playwright';
import {drawAllDiagrams} from './diagrams';
import {expect, test, waitForHydration} from './fixtures';
import {sitemapRoutes} from './sitemap';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const MODES = [
  {name: 'light mode', colorScheme: 'light', width: 1280},
  {name: 'dark mode', colorScheme: 'dark', width: 1280},
  {name: 'a 375 px phone', colorScheme: 'light', width: 375},
] as const;

for (const route of sitemapRoutes()) {
  for (const mode of MODES) {
    test(`/${route} has no WCAG 2.1 A/AA violations in ${mode.name}`, async ({page}) => {
      await page.setViewportSize({width: mode.width, height: 800});
      await page.emulateMedia({colorScheme: mode.colorScheme});
      await page.goto(route);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode.colorScheme);
      // Draw every diagram, so axe checks the SVGs readers see too.
      await drawAllDiagrams(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join('\n    ')}`,
      );
      expect(violations).toEqual([]);
    });
  }
}
