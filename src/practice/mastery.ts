import type {Progress} from './progress';
import {LEARNED_FROM_BOX} from './schedule';
import type {BankEntry} from './session';

/** How far a reader has got with one group of questions: a topic or a task statement. */
export type Mastery = {
  readonly total: number;
  /** Answered at least once. */
  readonly answered: number;
  /** In box 3 or higher: right at least twice in a row since the last miss. */
  readonly learned: number;
  /** Every answer given to these questions, and how many of them were right. */
  readonly answers: number;
  readonly rightAnswers: number;
};

export function masteryOf(entries: readonly BankEntry[], progress: Progress): Mastery {
  let answered = 0;
  let learned = 0;
  let seen = 0;
  let right = 0;
  for (const entry of entries) {
    const record = progress.questions[entry.id];
    if (!record) continue;
    answered += 1;
    if (record.box >= LEARNED_FROM_BOX) learned += 1;
    seen += record.seen;
    right += record.right;
  }
  return {total: entries.length, answered, learned, answers: seen, rightAnswers: right};
}

/** Mastery for each key a question belongs to (its topic, or each of its task statements). */
export function masteryBy<Key extends string>(
  bank: readonly BankEntry[],
  progress: Progress,
  keysOf: (entry: BankEntry) => readonly Key[],
): ReadonlyMap<Key, Mastery> {
  const groups = new Map<Key, BankEntry[]>();
  for (const entry of bank) {
    for (const key of keysOf(entry)) {
      const group = groups.get(key) ?? [];
      group.push(entry);
      groups.set(key, group);
    }
  }
  return new Map([...groups].map(([key, entries]) => [key, masteryOf(entries, progress)]));
}
