import {describe, expect, it} from 'vitest';
import {roundRobin, summariseRuns, type LighthouseFigures} from '../lighthouse';

const run = (performance: number, tbt: number, benchmarkIndex = 2200): LighthouseFigures => ({
  performance,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
  lcp: 1500,
  tbt,
  cls: 0,
  benchmarkIndex,
});

describe('summariseRuns', () => {
  it('takes the median of each figure and keeps every score, lowest first', () => {
    const summary = summariseRuns([run(0.97, 180), run(0.92, 361), run(1, 40), run(0.95, 250), run(0.99, 95)]);
    expect(summary.performance).toBe(0.97);
    expect(summary.tbt).toBe(180);
    expect(summary.performanceRuns).toEqual([0.92, 0.95, 0.97, 0.99, 1]);
  });

  it("reports the host's median speed beside the scores", () => {
    const summary = summariseRuns([run(0.99, 90, 2300), run(0.88, 420, 1400), run(0.98, 110, 2100)]);
    expect(summary.benchmarkIndex).toBe(2100);
  });

  it('averages the middle two of an even number of runs', () => {
    expect(summariseRuns([run(0.9, 300), run(1, 0)]).performance).toBeCloseTo(0.95);
  });

  it('refuses to summarise no runs instead of reporting a score of 0', () => {
    expect(() => summariseRuns([])).toThrow('No Lighthouse runs');
  });
});

describe('roundRobin', () => {
  it('gives every page each preset once a round, in page order', () => {
    const schedule = roundRobin(['', 'lambda', 'ecs'], 5);
    expect(schedule).toHaveLength(3 * 2 * 5);
    for (const route of ['', 'lambda', 'ecs'])
      for (const preset of ['mobile', 'desktop'])
        expect(schedule.filter((run) => run.route === route && run.preset === preset).map((run) => run.round)).toEqual([
          0, 1, 2, 3, 4,
        ]);
    expect(schedule.slice(0, 6).map((run) => `${run.route}:${run.preset}`)).toEqual([
      ':mobile',
      ':desktop',
      'lambda:mobile',
      'lambda:desktop',
      'ecs:mobile',
      'ecs:desktop',
    ]);
  });

  it('puts every other page between two runs of one page', () => {
    const schedule = roundRobin(['a', 'b', 'c', 'd'], 3);
    const mobileRunsOfB = schedule.flatMap((run, index) =>
      run.route === 'b' && run.preset === 'mobile' ? [index] : [],
    );
    expect(mobileRunsOfB.slice(1).map((index, i) => index - (mobileRunsOfB[i] ?? 0))).toEqual([8, 8]);
  });
});
