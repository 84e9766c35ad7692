import type {BankEntry, ExamId, TaskId, TopicId} from '@site/src/data/types';
import type {Progress} from './progress';
import {hashString, randomFrom, shuffled} from './random';
import {isDue} from './schedule';

export type {BankEntry};

export type SessionFilter = {
  /** Only questions tagged with this exam; undefined means any exam. */
  readonly exam?: ExamId;
  /** Only these topics; empty means every topic. */
  readonly topics: readonly TopicId[];
};

export function matchesFilter(entry: BankEntry, filter: SessionFilter): boolean {
  if (filter.exam && !entry.question.exams.includes(filter.exam)) return false;
  return filter.topics.length === 0 || filter.topics.includes(entry.question.topic);
}

/** `count` questions matching the filter, in an order fixed by the seed. */
export function pickQuestions(
  bank: readonly BankEntry[],
  filter: SessionFilter,
  count: number,
  seed: string,
): string[] {
  const matching = bank.filter((entry) => matchesFilter(entry, filter)).map((entry) => entry.id);
  return shuffled(matching, randomFrom(hashString(seed))).slice(0, Math.max(0, count));
}

/**
 * The order in which a question's choices are shown: fixed by the session
 * seed and the question, so everyone with the same link sees "B" as the
 * same answer, and two questions of a session are not shuffled alike.
 */
export function choiceOrder(questionId: string, seed: string, choiceCount: number): number[] {
  const positions = Array.from({length: choiceCount}, (_, index) => index);
  return shuffled(positions, randomFrom(hashString(`${seed}/${questionId}`)));
}

/** Questions due again on the Leitner schedule: the lowest box first, then the longest overdue. */
export function dueQuestions(
  bank: readonly BankEntry[],
  progress: Progress,
  today: `${number}-${number}-${number}`,
): string[] {
  return bank
    .flatMap((entry) => {
      const record = progress.questions[entry.id];
      return record && isDue(record, today) ? [{id: entry.id, record}] : [];
    })
    .sort((a, b) => a.record.box - b.record.box || a.record.due.localeCompare(b.record.due) || a.id.localeCompare(b.id))
    .map(({id}) => id);
}

export type Answer = {readonly questionId: string; readonly chosen: number | null; readonly correct: boolean};

export type TopicScore = {readonly topic: TopicId; readonly right: number; readonly asked: number};

/** Right answers per topic, in the order topics first appear in the session. */
export function scoreByTopic(bank: ReadonlyMap<string, BankEntry>, answers: readonly Answer[]): TopicScore[] {
  const scores = new Map<TopicId, {right: number; asked: number}>();
  for (const answer of answers) {
    const entry = bank.get(answer.questionId);
    if (!entry) continue;
    const score = scores.get(entry.question.topic) ?? {right: 0, asked: 0};
    score.asked += 1;
    if (answer.correct) score.right += 1;
    scores.set(entry.question.topic, score);
  }
  return [...scores].map(([topic, score]) => ({topic, ...score}));
}

/** The task statements a set of questions practise, for the coverage page's counts. */
export function questionsPerTask(bank: readonly BankEntry[]): ReadonlyMap<TaskId, number> {
  const counts = new Map<TaskId, number>();
  for (const entry of bank) for (const task of entry.question.tasks) counts.set(task, (counts.get(task) ?? 0) + 1);
  return counts;
}
