/**
 * npm run bench: builds the site cold (timed), serves it with gzip under
 * the base path as GitHub Pages does, and prints per page the gzip
 * bytes of HTML, CSS and JavaScript, the request count, whether Mermaid
 * code loaded, Lighthouse scores (median of several runs, mobile and
 * desktop, with the lowest and highest mobile score of the runs) with LCP,
 * TBT and CLS, Lighthouse's measure of the host's speed during the
 * mobile runs (benchmarkIndex), and the search index size.
 * Writes the same figures to bench-results/latest.json.
 *
 * Options: --runs N (Lighthouse runs per page and preset, default 5: this
 *          2-core machine's timings vary enough that three medians still jump;
 *          the runs go round the pages, one per page per round, see roundRobin),
 *          --pages a,b,c (routes for Lighthouse; default a representative set;
 *          "all" for every page in the sitemap, about 40 minutes with five runs),
 *          --skip-build (reuse build/ from a previous run).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright';
import {CHROMIUM_ARGS, chromiumExecutable} from './lib/chromium';
import {sitemapRoutes} from './lib/sitemap';
import {basePathFromEnv} from '../src/site/address';
import {gzipBytes, isPageOwnResource, weighPage, type PageWeight} from './lib/buildAssets';
import {serveGzip} from './lib/gzipServer';
import {
  lighthouseRun,
  roundRobin,
  summariseRuns,
  type LighthouseFigures,
  type LighthousePreset,
  type LighthouseSummary,
} from './lib/lighthouse';

const BASE_PATH = basePathFromEnv(process.env);

const ROOT = path.join(__dirname, '..');
const BUILD_DIR = path.join(ROOT, 'build');
const RESULTS_DIR = path.join(ROOT, 'bench-results');
const PORT = 3400;
// The home page, the cheat sheet (no diagram), two pages whose diagrams sit below the first screen,
// one whose diagram is in it (docker-vs-vm), and the two pages with code blocks (the lab's diagram is in view too).
const DEFAULT_LIGHTHOUSE_PAGES = ['', 'cheat-sheet', 'lambda', 'ecs', 'docker-vs-vm', 'docker', 'lab-stop-ec2'];

const {values: options} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    pages: {type: 'string'},
    'skip-build': {type: 'boolean', default: false},
  },
});

function run(command: string, args: string[]): void {
  execFileSync(command, args, {cwd: ROOT, stdio: 'inherit'});
}

/** Cold production build: no Docusaurus or bundler cache. Returns seconds. */
function coldBuild(): number {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache'])
    rmSync(path.join(ROOT, dir), {recursive: true, force: true});
  const start = process.hrtime.bigint();
  run('npx', ['docusaurus', 'build']);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Loads each page like a reader and records what it requested. */
async function weigh(origin: string, buildDir: string, routes: readonly string[]): Promise<Map<string, PageWeight>> {
  const browser = await chromium.launch({executablePath: chromiumExecutable(), args: CHROMIUM_ARGS});
  const weights = new Map<string, PageWeight>();
  try {
    for (const route of routes) {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && isPageOwnResource(request.resourceType())) requested.push(url.pathname);
      });
      await page.goto(`${origin}${BASE_PATH}${route}`, {waitUntil: 'networkidle'});
      weights.set(route, weighPage(buildDir, BASE_PATH, requested));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The lowest and highest score of the runs behind a median, e.g. "0.92–0.99". */
const spread = (summary: LighthouseSummary) => {
  const runs = summary.performanceRuns;
  return `${(runs[0] ?? 0).toFixed(2)}–${(runs[runs.length - 1] ?? 0).toFixed(2)}`;
};

async function main(): Promise<void> {
  const runs = Number(options.runs);
  let buildSeconds: number | null = null;
  if (!options['skip-build']) {
    buildSeconds = coldBuild();
  }

  const routes = sitemapRoutes();
  const site = await serveGzip(BUILD_DIR, BASE_PATH, PORT);
  const origin = `http://127.0.0.1:${PORT}`;
  try {
    const weights = await weigh(origin, BUILD_DIR, routes);
    const lighthousePages =
      options.pages === 'all' ? routes : options.pages ? options.pages.split(',') : DEFAULT_LIGHTHOUSE_PAGES;
    const runsByPage = new Map<string, Record<LighthousePreset, LighthouseFigures[]>>(
      lighthousePages.map((route) => [route, {mobile: [], desktop: []}]),
    );
    for (const {route, preset, round} of roundRobin(lighthousePages, runs)) {
      const figures = await lighthouseRun(`${origin}${BASE_PATH}${route}`, preset);
      runsByPage.get(route)?.[preset].push(figures);
      // A long run prints as it goes, so a run cut short still shows what it measured.
      console.log(
        `round ${round + 1}/${runs} /${route} ${preset}: ${figures.performance.toFixed(2)} (TBT ${Math.round(figures.tbt)} ms, host ${Math.round(figures.benchmarkIndex)})`,
      );
    }
    const lighthouse = new Map<string, {mobile: LighthouseSummary; desktop: LighthouseSummary}>();
    for (const [route, byPreset] of runsByPage) {
      const scores = {mobile: summariseRuns(byPreset.mobile), desktop: summariseRuns(byPreset.desktop)};
      lighthouse.set(route, scores);
      console.log(
        `/${route}: mobile ${scores.mobile.performance.toFixed(2)} (runs ${spread(scores.mobile)}, TBT ${Math.round(scores.mobile.tbt)} ms, host ${Math.round(scores.mobile.benchmarkIndex)}), desktop ${scores.desktop.performance.toFixed(2)}`,
      );
    }
    const searchIndexGzip = readdirSync(BUILD_DIR)
      .filter((file) => /^search-index.*\.json$/.test(file))
      .reduce((total, file) => total + gzipBytes(path.join(BUILD_DIR, file)), 0);

    const rows = routes.map((route) => {
      const weight = weights.get(route);
      const scores = lighthouse.get(route);
      return {
        route: `/${route}`,
        weight,
        lighthouse: scores ?? null,
      };
    });

    const header =
      '| page | HTML KB | CSS KB | JS KB | requests | Mermaid loaded | Prism or Shiki loaded | perf mobile | perf mobile, lowest–highest run | perf desktop | a11y | best practices | SEO | LCP ms (mobile) | TBT ms (mobile) | CLS (mobile) | host speed (mobile) |';
    console.log(`\n${header}\n|${' --- |'.repeat(17)}`);
    for (const row of rows) {
      const w = row.weight;
      const l = row.lighthouse;
      const cells = [
        row.route,
        w ? kb(w.gzip.html) : '',
        w ? kb(w.gzip.css) : '',
        w ? kb(w.gzip.js) : '',
        w ? `${w.requests}` : '',
        w ? (w.mermaidLoaded ? 'yes' : 'no') : '',
        w ? (w.highlighterLoaded ? 'yes' : 'no') : '',
        l ? l.mobile.performance.toFixed(2) : '',
        l ? spread(l.mobile) : '',
        l ? l.desktop.performance.toFixed(2) : '',
        l ? Math.min(l.mobile.accessibility, l.desktop.accessibility).toFixed(2) : '',
        l ? Math.min(l.mobile.bestPractices, l.desktop.bestPractices).toFixed(2) : '',
        l ? Math.min(l.mobile.seo, l.desktop.seo).toFixed(2) : '',
        l ? `${Math.round(l.mobile.lcp)}` : '',
        l ? `${Math.round(l.mobile.tbt)}` : '',
        l ? l.mobile.cls.toFixed(3) : '',
        l ? `${Math.round(l.mobile.benchmarkIndex)}` : '',
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
    console.log(`\nSearch index: ${kb(searchIndexGzip)} KB gzip`);
    if (buildSeconds !== null) console.log(`Cold production build: ${buildSeconds.toFixed(1)} s`);

    mkdirSync(RESULTS_DIR, {recursive: true});
    const file = path.join(RESULTS_DIR, 'latest.json');
    writeFileSync(
      file,
      `${JSON.stringify({date: new Date().toISOString(), buildSeconds, searchIndexGzip, lighthouseRuns: runs, pages: rows}, null, 2)}\n`,
    );
    console.log(`Wrote ${file}`);
  } finally {
    site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
