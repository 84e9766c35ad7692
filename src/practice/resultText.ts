import type {TopicScore} from './session';

/** Share of right answers as a whole percent: 14 of 20 is "70%". */
export function percent(right: number, asked: number): string {
  return asked === 0 ? '0%' : `${Math.round((right / asked) * 100)}%`;
}

/**
 * What a reader pastes into the group chat after a session: the score per
 * topic and the link to the same questions, but no answers, so the others
 * can still drill the set.
 */
export function resultText(
  scores: readonly TopicScore[],
  topicName: (topic: TopicScore['topic']) => string,
  link: string,
): string {
  const right = scores.reduce((sum, score) => sum + score.right, 0);
  const asked = scores.reduce((sum, score) => sum + score.asked, 0);
  const perTopic = scores.map((score) => `${topicName(score.topic)} ${score.right}/${score.asked}`).join(' · ');
  return [
    `AWS Other Compute practice: ${right} of ${asked} right (${percent(right, asked)})`,
    perTopic,
    `Same questions: ${link}`,
  ].join('\n');
}
