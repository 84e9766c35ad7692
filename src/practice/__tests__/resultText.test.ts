import {describe, expect, it} from 'vitest';
import {percent, resultText} from '../resultText';

describe('the result a reader shares', () => {
  it('gives the score per topic and the link, and no answers', () => {
    const text = resultText(
      [
        {topic: 'lambda', right: 5, asked: 6},
        {topic: 'ecs', right: 2, asked: 4},
      ],
      (topic) => (topic === 'lambda' ? 'Lambda' : 'ECS'),
      'https://example.github.io/aws-other-compute/practice?q=lambda.a+ecs.b&s=k7f2qa',
    );
    expect(text).toBe(
      [
        'AWS Other Compute practice: 7 of 10 right (70%)',
        'Lambda 5/6 · ECS 2/4',
        'Same questions: https://example.github.io/aws-other-compute/practice?q=lambda.a+ecs.b&s=k7f2qa',
      ].join('\n'),
    );
  });

  it('rounds shares to whole percents and survives an empty session', () => {
    expect(percent(1, 3)).toBe('33%');
    expect(percent(2, 3)).toBe('67%');
    expect(percent(0, 0)).toBe('0%');
  });
});
