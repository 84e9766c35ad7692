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
 * to 0.13 between sittings (scripts/BENCHMARKS.md), and the spread says how
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

export type LighthousePreset = 'mobile' | 'desktop';

/** One Lighthouse run of a page with one preset. */
export type ScheduledRun = {readonly route: string; readonly preset: LighthousePreset; readonly round: number};

/**
 * The order of the bench's runs: round by round, every page once per round,
 * mobile then desktop. This machine's speed halves for stretches of a few
 * minutes (scripts/BENCHMARKS.md); run back to back, a page's five runs could
 * all fall in one such stretch, while spread over the whole bench a stretch
 * costs each page one run, which its median absorbs.
 */
export function roundRobin(routes: readonly string[], rounds: number): ScheduledRun[] {
  const schedule: ScheduledRun[] = [];
  for (let round = 0; round < rounds; round += 1)
    for (const route of routes)
      for (const preset of ['mobile', 'desktop'] as const) schedule.push({route, preset, round});
  return schedule;
}

/** One Lighthouse run of a URL, in a Chromium of its own. */
export async function lighthouseRun(url: string, preset: LighthousePreset): Promise<LighthouseFigures> {
  // Both packages are ESM only; this file is loaded as CommonJS by tsx.
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const desktopConfig =
    preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
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
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    await chrome.kill();
  }
}
