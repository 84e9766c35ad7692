import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';

export type LighthouseFigures = {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Largest Contentful Paint, ms. */
  readonly lcp: number;
  /** Total Blocking Time, ms. */
  readonly tbt: number;
  /** Cumulative Layout Shift. */
  readonly cls: number;
  /**
   * Lighthouse's measure of how fast the host ran at the time (higher is
   * faster). It tells a slow stretch of a shared machine from a slow page.
   */
  readonly benchmarkIndex: number;
};

/** The medians of several runs, and the performance score of each run, lowest first. */
export type LighthouseSummary = LighthouseFigures & {
  readonly performanceRuns: readonly number[];
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The median of each figure over the runs. Every run's score is kept too: on
 * this project's 2-core machine the median of five for one build moves by up
 * to 0.07 between sittings (scripts/BENCHMARKS.md), and the spread says how
 * close to a line a median sits.
 */
export function summariseRuns(results: readonly LighthouseFigures[]): LighthouseSummary {
  if (results.length === 0) throw new Error('No Lighthouse runs to summarise');
  const pick = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    benchmarkIndex: pick('benchmarkIndex'),
    performanceRuns: results.map((result) => result.performance).sort((a, b) => a - b),
  };
}

/** Runs Lighthouse `runs` times on one URL and summarises the runs. */
export async function lighthouseMedians(
  url: string,
  preset: 'mobile' | 'desktop',
  runs: number,
): Promise<LighthouseSummary> {
  // Both packages are ESM only; this file is loaded as CommonJS by tsx.
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const desktopConfig =
    preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const results: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await launch({
      chromePath: chromiumExecutable() ?? (await import('playwright')).chromium.executablePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'}, desktopConfig);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
      const score = (id: string) => lhr.categories[id]?.score ?? 0;
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
    } finally {
      await chrome.kill();
    }
  }
  return summariseRuns(results);
}
