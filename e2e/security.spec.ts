import {drawAllDiagrams} from './diagrams';
import {expect, test, waitForHydration} from './fixtures';
import {sitemapRoutes} from './sitemap';

/** Collects CSP violations the browser reports on the page. */
const RECORD_VIOLATIONS = () => {
  const violations: string[] = [];
  (window as unknown as {__cspViolations: string[]}).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
  });
};

for (const route of sitemapRoutes()) {
  test(`/${route} runs under a strict Content-Security-Policy with no violation`, async ({page}) => {
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(route);
    await waitForHydration(page);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Exercise what loads later: diagrams and the search index.
    await drawAllDiagrams(page);
    await page.locator('.navbar').getByLabel('Search', {exact: true}).focus();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as {__cspViolations: string[]}).__cspViolations)).toEqual([]);
  });
}

test('links to other sites open in a new tab without access to this page', async ({page}) => {
  for (const route of ['lambda', 'lab-stop-ec2', 'ecs']) {
    await page.goto(route);
    const external = page.locator('article a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''))) {
      expect(rel).toContain('noopener');
    }
  }
});

test('query parameters the picker reads are treated as text', async ({page}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const payload = encodeURIComponent('<img src=x onerror="window.__pwned=true">');
  await page.goto(
    `picker?code=${payload}&workload=${payload}&duration=%3Cscript%3Ewindow.__pwned%3Dtrue%3C%2Fscript%3E`,
  );
  await waitForHydration(page);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as {__pwned?: boolean}).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});
