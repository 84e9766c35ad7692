import {describe, expect, it} from 'vitest';
import {decodeSessionLink, encodeSessionLink, MAX_LINK_QUESTIONS} from '../link';

const known = new Set(['ecs.task-role', 'lambda.max-duration', 'batch.array-jobs']);

describe('session links', () => {
  it('round-trips ids, order, seed and time limit', () => {
    const link = {questionIds: ['lambda.max-duration', 'ecs.task-role'], seed: 'k7f2qa', minutes: 20};
    const search = encodeSessionLink(link);
    expect(search).toBe('?q=lambda.max-duration+ecs.task-role&s=k7f2qa&t=20');
    expect(decodeSessionLink(search, known)).toEqual({link, problems: []});
  });

  it('is no session at all without q', () => {
    expect(decodeSessionLink('?s=abc', known)).toEqual({link: null, problems: []});
  });

  it('skips unknown ids and says which', () => {
    const {link, problems} = decodeSessionLink('?q=ecs.task-role+ecs.removed-question&s=abc', known);
    expect(link?.questionIds).toEqual(['ecs.task-role']);
    expect(problems.join(' ')).toContain('ecs.removed-question');
  });

  it('survives hostile input: markup, junk, duplicates, bad seeds and time limits', () => {
    const hostile = `?q=${encodeURIComponent('<img src=x onerror=alert(1)> ecs.task-role ecs.task-role ../../etc lambda.max-duration')}&s=${encodeURIComponent('"><script>')}&t=-5`;
    const {link, problems} = decodeSessionLink(hostile, known);
    expect(link).toEqual({questionIds: ['ecs.task-role', 'lambda.max-duration'], seed: 'shared'});
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).not.toContain('<script>');
  });

  it('gives a clear message when nothing in the link is usable', () => {
    for (const search of ['?q=', '?q=%00%00', '?q=nothing.here', `?q=${'x'.repeat(50_000)}`]) {
      const decoded = decodeSessionLink(search, known);
      expect(decoded.link, search.slice(0, 20)).toBeNull();
      expect(decoded.problems.at(-1)).toContain('nothing to drill');
    }
  });

  it('caps the number of questions a link can ask for', () => {
    const many = new Set(Array.from({length: 150}, (_, index) => `topic.q${index}`));
    const {link, problems} = decodeSessionLink(`?q=${[...many].join('+')}`, many);
    expect(link?.questionIds).toHaveLength(MAX_LINK_QUESTIONS);
    expect(problems.join(' ')).toContain(`first ${MAX_LINK_QUESTIONS}`);
  });
});
