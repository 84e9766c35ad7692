import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** The success criteria the site promises: WCAG 2.1 A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings on the page as it is now, one line per rule with the first few elements it names. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Blocks far from the viewport wait to be laid out (src/css/offscreen.css), and axe,
  // measuring one of them alone, would find its text over whatever the placeholder left
  // there (the footer, say). Laying every block out shows axe the page as a reader sees
  // each part of it on screen.
  const layOutEverything = await page.addStyleTag({
    content: '.markdown > * { content-visibility: visible !important; }',
  });
  const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
  await layOutEverything.evaluate((style) => (style as HTMLStyleElement).remove());
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('\n    ')}`,
  );
}
