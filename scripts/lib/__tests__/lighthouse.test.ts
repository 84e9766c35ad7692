import {describe, expect, it} from 'vitest';
import {summariseRuns, type LighthouseFigures} from '../lighthouse';

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
