import type {IsoDate} from '@site/src/data/types';

/**
 * Leitner boxes: a question answered right moves up a box and comes back
 * later; a miss sends it back to box 1, which is due again the same day.
 * Five boxes and these gaps are the classic schedule, stretched to a few
 * weeks because an exam is usually booked a month or two ahead.
 */
export const BOX_COUNT = 5;
export type Box = 1 | 2 | 3 | 4 | 5;

/** Days until a question in each box is due again: index 0 is box 1. */
export const DAYS_UNTIL_DUE: readonly number[] = [0, 1, 3, 7, 21];

/** A question counts as learned from box 3: right at least twice in a row since its last miss. */
export const LEARNED_FROM_BOX: Box = 3;

/** What the browser remembers about one question. */
export type QuestionRecord = {
  readonly box: Box;
  /** The reader's local day on which it comes back. */
  readonly due: IsoDate;
  /** Times answered, and of those right. */
  readonly seen: number;
  readonly right: number;
  /** The reader's local day of the last answer. */
  readonly last: IsoDate;
};

/** The reader's local calendar day: a question due "today" is due until their midnight, not UTC's. */
export function localDay(now: Date = new Date()): IsoDate {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}` as IsoDate;
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10) as IsoDate;
}

/** The record after one answer; `previous` is undefined the first time a question is answered. */
export function afterAnswer(previous: QuestionRecord | undefined, correct: boolean, today: IsoDate): QuestionRecord {
  const box: Box = correct ? (Math.min((previous?.box ?? 1) + 1, BOX_COUNT) as Box) : 1;
  return {
    box,
    due: addDays(today, DAYS_UNTIL_DUE[box - 1] ?? 0),
    seen: (previous?.seen ?? 0) + 1,
    right: (previous?.right ?? 0) + (correct ? 1 : 0),
    last: today,
  };
}

/** ISO dates compare as strings. */
export function isDue(record: QuestionRecord, today: IsoDate): boolean {
  return record.due <= today;
}
