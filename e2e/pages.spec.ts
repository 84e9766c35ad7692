import path from 'node:path';
import type {Page} from '@playwright/test';
import {isPageOwnResource, weighPage} from '../scripts/lib/buildAssets';
import {contrastRatio} from '../src/utils/contrast';
import {axeViolations} from './axe';
import {expect, test, waitForHydration} from './fixtures';
import {sitemapRoutes} from '../scripts/lib/sitemap';
import {BASE_PATH, ORIGIN} from './site';

/*
 * The sitemap crawl: one visit per page and mode runs every check that
 * concerns a whole page: accessibility (axe), console and off-site requests
 * (the fixture), diagrams, and, on the desktop light visit, the byte budgets
 * and the Content-Security-Policy. Checks that need a second page load for
 * the same concern do not exist on purpose: each visit costs a build's worth
 * of browser time on a 2-core machine.
 */

const MODES = [
  {name: 'light', colorScheme: 'light', width: 1280},
  {name: 'dark', colorScheme: 'dark', width: 1280},
  {name: 'phone', colorScheme: 'light', width: 375},
] as const;

/*
 * Byte budgets in gzip bytes of everything a page loads, set a little above
 * today's figures (npm run bench prints them), so a change that makes every
 * page heavier has to raise a budget on purpose.
 */
const JS_BUDGET = 240 * 1024;
const CSS_BUDGET = 30 * 1024;
const BUILD_DIR = path.join(__dirname, '..', 'build');

/** Which comparison tables each page shows, by their data-comparison id. */
const TABLES_BY_ROUTE: Readonly<Record<string, readonly string[]>> = {
  overview: ['overview'],
  'cheat-sheet': ['at-a-glance'],
  'docker-vs-vm': ['docker-vs-vm'],
  ecs: ['ecs-launch-types'],
  fargate: ['ecs-launch-types'],
  batch: ['lambda-vs-batch'],
  lightsail: ['lightsail-vs-ec2'],
  'api-gateway': ['api-gateway-api-types'],
};

/** Pages that finish drawing after hydration: checked once this selector shows. */
const READY_WHEN: Readonly<Record<string, string>> = {
  practice: '[data-mastery]',
};

/** Pages that teach with a diagram: every topic page and the overview. */
const ROUTES_WITHOUT_DIAGRAMS = new Set(['', 'cheat-sheet', 'picker', 'search', 'practice', 'exam-coverage']);

/** Collects CSP violations the browser reports on the page. */
const RECORD_VIOLATIONS = () => {
  const violations: string[] = [];
  (window as unknown as {__cspViolations: string[]}).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
  });
};

/** Records what the page itself loads to run (see isPageOwnResource). */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === ORIGIN && isPageOwnResource(request.resourceType())) {
      paths.push(url.pathname);
    }
  });
  return paths;
}

/** The scripts a page has when it hydrates, by file name, and when it first asked for one. */
async function readScripts(page: Page) {
  return page.evaluate(() => {
    const file = (script: HTMLScriptElement) => new URL(script.src).pathname.split('/').pop() ?? '';
    // The bundler's chunk loader marks the scripts it inserts (data-rspack under Rspack, data-webpack under webpack).
    const byLoader = (script: HTMLScriptElement) =>
      script.hasAttribute('data-rspack') || script.hasAttribute('data-webpack');
    const all = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
    return {
      started: all.filter((script) => !byLoader(script)).map(file),
      addedByLoader: all.filter(byLoader).map(file),
      contentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      firstRequest:
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/js\/[^/]+\.js$/.test(entry.name))
          .map((entry) => entry.startTime)
          .sort((a, b) => a - b)[0] ?? null,
    };
  });
}

/**
 * Records every copy-link and code-block button, and the phone menu, added after the HTML arrived. The buttons
 * are in the page's HTML (src/theme/Heading, src/theme/CodeBlock/Buttons) and the menu waits until it is first
 * opened (src/theme/Navbar/MobileSidebar), so hydration should add none: each element added then costs the
 * phone a style and layout pass inside one long task. (Widgets that draw after hydration, such as the practice
 * run, are not these.)
 */
const RECORD_ADDED_AFTER_PARSING = () => {
  const SELECTOR = '[data-copy-link], .theme-code-block button, .navbar-sidebar';
  const added: string[] = [];
  (window as unknown as {__addedAfterParsing: string[]}).__addedAfterParsing = added;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const matches = node.matches(SELECTOR) ? [node] : [...node.querySelectorAll(SELECTOR)];
        added.push(
          ...matches.map(
            (match) => match.getAttribute('aria-label') ?? `<${match.localName} class="${match.className}">`,
          ),
        );
      }
    }
  });
  // From the end of parsing on: the parser's own insertions are what the HTML holds.
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, {childList: true, subtree: true}));
};

/**
 * Each linkable heading's words (as the DOM shows them) beside the names of its copy-link button and "#" link.
 * Linkable: written in the page, so the theme gave it a "#" link (a heading a widget draws has no lasting id).
 */
function readHeadingLinks(page: Page) {
  return page.locator('article :is(h2, h3, h4, h5, h6)[id]:has(> a.hash-link)').evaluateAll((headings) =>
    headings.map((heading) => {
      const words = heading.cloneNode(true) as Element;
      words.querySelectorAll('.hash-link, [data-copy-link-slot]').forEach((node) => node.remove());
      return {
        id: heading.id,
        words: (words.textContent ?? '')
          .replace(/\u200b/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
        copyLink: heading.querySelector('[data-copy-link]')?.getAttribute('aria-label') ?? null,
        hashLink: heading.querySelector('a.hash-link')?.getAttribute('aria-label') ?? null,
      };
    }),
  );
}

type DiagramReport = {
  readonly role: string | null;
  readonly name: string;
  readonly description: string;
  readonly smallestLabelPx: number;
  readonly scrollsWithHint: boolean;
  /** Contrast of each label's text on the fill behind it. */
  readonly contrasts: readonly {readonly text: string; readonly ratio: number}[];
};

/** Reads what a reader gets from every diagram on the page: its name, label sizes and label contrast. */
function readDiagrams(page: Page): Promise<DiagramReport[]> {
  return page
    .locator('figure.diagram')
    .evaluateAll((figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector('svg');
        const byId = (id: string | null | undefined) => (id ? (document.getElementById(id)?.textContent ?? '') : '');
        const fillBehind = (label: Element): string => {
          const shape = label.closest('.node, .cluster, .edgeLabel');
          if (shape?.classList.contains('edgeLabel'))
            return getComputedStyle(shape.querySelector('span, p') ?? shape).backgroundColor;
          const box = shape?.querySelector('rect, polygon, path, circle');
          return box ? getComputedStyle(box).fill : getComputedStyle(document.body).backgroundColor;
        };
        const labels = [...(svg?.querySelectorAll('.nodeLabel, .cluster-label span, .edgeLabel span') ?? [])].filter(
          (label) => (label.textContent ?? '').trim() !== '' && label.getBoundingClientRect().width > 0,
        );
        const scale = svg
          ? svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')?.split(/\s+/)[2])
          : 0;
        const frame = figure.querySelector('.diagram-frame');
        const hint = figure.querySelector('.diagram-scroll-hint');
        return {
          role: svg?.getAttribute('role') ?? null,
          name: byId(svg?.getAttribute('aria-labelledby')),
          description: byId(svg?.getAttribute('aria-describedby')),
          smallestLabelPx: Math.min(...labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * scale)),
          scrollsWithHint:
            frame !== null &&
            frame.scrollWidth > frame.clientWidth &&
            hint !== null &&
            getComputedStyle(hint).display !== 'none',
          contrasts: labels.map((label) => ({
            text: (label.textContent ?? '').trim(),
            colours: [getComputedStyle(label).color, fillBehind(label)],
          })),
        };
      }),
    )
    .then((reports) =>
      reports.map((report) => ({
        ...report,
        contrasts: report.contrasts.map(({text, colours}) => ({
          text,
          ratio: contrastRatio(colours[0] ?? '', colours[1] ?? ''),
        })),
      })),
    );
}

for (const route of sitemapRoutes()) {
  for (const mode of MODES) {
    test(`/${route} (${mode.name}): accessible, diagrams drawn and readable${mode.name === 'light' ? ', within budget, under CSP' : ''}`, async ({
      page,
    }) => {
      const desktopLight = mode.name === 'light';
      const requested = recordRequests(page);
      if (desktopLight) await page.addInitScript(RECORD_VIOLATIONS);
      if (mode.name === 'phone') await page.addInitScript(RECORD_ADDED_AFTER_PARSING);
      await page.setViewportSize({width: mode.width, height: 800});
      await page.emulateMedia({colorScheme: mode.colorScheme});
      await page.goto(route);
      await waitForHydration(page);
      const scripts = desktopLight ? await readScripts(page) : undefined;
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode.colorScheme);
      const ready = READY_WHEN[route];
      if (ready) await expect(page.locator(ready)).toBeVisible();

      // Diagrams arrive as SVG in the HTML, drawn at build time.
      const diagrams = await readDiagrams(page);
      if (!ROUTES_WITHOUT_DIAGRAMS.has(route)) expect(diagrams.length, 'diagrams on the page').toBeGreaterThan(0);
      for (const [index, diagram] of diagrams.entries()) {
        const where = `/${route} diagram ${index + 1}`;
        expect(diagram.role, `${where} is one image to assistive technology`).toBe('img');
        expect(diagram.name, `${where} is named by its accTitle`).toMatch(/\S/);
        expect(diagram.description, `${where} is described by its accDescr`).toMatch(/\S/);
        expect(diagram.contrasts.length, `${where} has text labels`).toBeGreaterThan(0);
        for (const {text, ratio} of diagram.contrasts) {
          expect(ratio, `${where} label "${text}" contrast`).toBeGreaterThanOrEqual(4.5);
        }
        if (mode.name === 'phone' && diagram.smallestLabelPx < 12 - 0.01) {
          expect(
            diagram.scrollsWithHint,
            `${where} labels are ${diagram.smallestLabelPx} px and it does not scroll`,
          ).toBe(true);
        }
      }
      if (mode.name === 'phone') {
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'page fits a phone',
        ).toBeLessThanOrEqual(375);
      }

      // Every linkable heading has a copy-link button named after its words, and the theme's "#" link keeps its name.
      for (const heading of desktopLight ? await readHeadingLinks(page) : []) {
        expect(heading.words, `#${heading.id} has words`).toMatch(/\S/);
        expect(heading.copyLink, `#${heading.id} copy-link button`).toBe(`Copy link to section: ${heading.words}`);
        expect(heading.hashLink, `#${heading.id} "#" link`).toBe(`Direct link to ${heading.words}`);
      }

      for (const id of desktopLight ? (TABLES_BY_ROUTE[route] ?? []) : []) {
        const table = page.locator(`[data-comparison="${id}"]`);
        await expect(table.locator('caption')).toHaveText(/\S/);
        expect(await table.locator('tbody th[scope="row"]').count(), `${id} rows`).toBeGreaterThan(1);
      }

      const violations = await axeViolations(page);
      expect(violations).toEqual([]);

      if (mode.name === 'phone') {
        // Checked after axe's run, by which time the updates that follow hydration have long been made.
        expect(
          await page.evaluate(() => (window as unknown as {__addedAfterParsing: string[]}).__addedAfterParsing),
          'copy-link and code-block buttons, or the phone menu, added after the HTML arrived',
        ).toEqual([]);
      }

      if (desktopLight) {
        await page.waitForLoadState('networkidle');
        const weight = weighPage(BUILD_DIR, BASE_PATH, requested);
        expect(weight.mermaidLoaded, 'Mermaid code loaded').toBe(false);
        expect(weight.highlighterLoaded, 'Prism or Shiki (code highlighting) loaded').toBe(false);
        expect(weight.scriptsWithoutCompileHint, 'scripts without the compile hint').toEqual([]);
        expect(weight.gzip.js, `JavaScript gzip bytes (budget ${JS_BUDGET})`).toBeLessThanOrEqual(JS_BUDGET);
        expect(weight.gzip.css, `CSS gzip bytes (budget ${CSS_BUDGET})`).toBeLessThanOrEqual(CSS_BUDGET);

        // The page starts its scripts only after its first contentful paint (src/site/ssrTemplate.ts): its own
        // chunks, then main.js, then the runtime; so the bundle's chunk loader, as the page hydrated (above),
        // had nothing left to add (src/plugins/pageScripts).
        expect(scripts?.contentfulPaint, 'first contentful paint recorded').not.toBeNull();
        expect(scripts?.started.slice(-2), 'main.js, then the runtime, last').toEqual([
          expect.stringMatching(/^main\./),
          expect.stringMatching(/^runtime~main\./),
        ]);
        expect(scripts?.started.length, 'scripts besides the bundle').toBeGreaterThan(2);
        expect(scripts?.addedByLoader, 'scripts the chunk loader added while the page hydrated').toEqual([]);
        expect(scripts?.firstRequest, 'scripts requested').not.toBeNull();
        expect(scripts?.firstRequest ?? 0, 'scripts requested after the first contentful paint').toBeGreaterThan(
          scripts?.contentfulPaint ?? Infinity,
        );

        const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("object-src 'none'");
        expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
        expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
        // Load what comes later too: the search index.
        await page.locator('.navbar').getByLabel('Search', {exact: true}).focus();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as unknown as {__cspViolations: string[]}).__cspViolations)).toEqual(
          [],
        );
      }

      if (mode.name === 'dark' && diagrams.length > 0) {
        // The colour-mode toggle repaints the same SVG at once: no redraw, new colours.
        const label = page.locator('figure.diagram .nodeLabel').first();
        await label.evaluate((element) => element.setAttribute('data-same-node', ''));
        const dark = await label.evaluate((element) => getComputedStyle(element).color);
        await page
          .getByRole('button', {name: /dark mode|light mode|system mode/i})
          .first()
          .click();
        await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
        await expect(page.locator('figure.diagram .nodeLabel[data-same-node]')).toHaveCount(1);
        expect(await label.evaluate((element) => getComputedStyle(element).color)).not.toBe(dark);
      }
    });
  }
}
