import type {IsoDate} from '@site/src/data/types';
import {BOX_COUNT, type Box, type QuestionRecord} from './schedule';

/**
 * Practice progress, kept in the reader's browser only: no account, no
 * server. Everything read back from storage or from an imported file is
 * untrusted: a damaged entry is dropped with a count, never thrown.
 */
export type Progress = {
  readonly questions: {readonly [questionId: string]: QuestionRecord};
};

export const EMPTY_PROGRESS: Progress = {questions: {}};

/** The file format of an export, and of what localStorage holds. */
export const PROGRESS_FORMAT = 'aws-other-compute-progress';
export const PROGRESS_VERSION = 1;

export type ParsedProgress = {
  readonly progress: Progress;
  /** Entries that were not valid records and were left out. */
  readonly dropped: number;
  /** Set when the whole input is unreadable; `progress` is then empty. */
  readonly problem?: string;
};

const QUESTION_ID = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
}

function isDay(value: unknown): value is IsoDate {
  return typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value));
}

function toRecord(value: unknown): QuestionRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const {box, due, seen, right, last} = value as Record<string, unknown>;
  if (!isCount(box) || box < 1 || box > BOX_COUNT) return null;
  if (!isDay(due) || !isDay(last) || !isCount(seen) || !isCount(right) || right > seen || seen === 0) return null;
  return {box: box as Box, due, seen, right, last};
}

/** Reads progress from parsed JSON of unknown shape. */
export function parseProgress(data: unknown): ParsedProgress {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {progress: EMPTY_PROGRESS, dropped: 0, problem: 'it is not a progress file of this site'};
  }
  const {format, version, questions} = data as Record<string, unknown>;
  if (format !== PROGRESS_FORMAT) {
    return {progress: EMPTY_PROGRESS, dropped: 0, problem: 'it is not a progress file of this site'};
  }
  if (version !== PROGRESS_VERSION) {
    return {
      progress: EMPTY_PROGRESS,
      dropped: 0,
      problem: `it is version ${String(version)}, this site reads version ${PROGRESS_VERSION}`,
    };
  }
  if (typeof questions !== 'object' || questions === null || Array.isArray(questions)) {
    return {progress: EMPTY_PROGRESS, dropped: 0, problem: 'it has no list of questions'};
  }
  const records: {[questionId: string]: QuestionRecord} = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(questions)) {
    const record = QUESTION_ID.test(id) ? toRecord(value) : null;
    if (record) records[id] = record;
    else dropped += 1;
  }
  return {progress: {questions: records}, dropped};
}

/** Reads progress from text (storage or a file); text that is not JSON is a problem, not an exception. */
export function parseProgressText(text: string): ParsedProgress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      progress: EMPTY_PROGRESS,
      dropped: 0,
      problem: 'it is not valid JSON (the file may be cut short or edited)',
    };
  }
  return parseProgress(data);
}

export function serializeProgress(progress: Progress, exportedOn?: IsoDate): string {
  return JSON.stringify(
    {
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      ...(exportedOn ? {exportedOn} : {}),
      questions: progress.questions,
    },
    null,
    exportedOn ? 2 : undefined,
  );
}

/**
 * Merges an imported file into the current progress: for a question both
 * know, the one answered more recently wins (then the one answered more
 * often), so importing an old backup never undoes newer practice.
 */
export function mergeProgress(
  current: Progress,
  incoming: Progress,
): {readonly progress: Progress; readonly taken: number} {
  const questions: {[questionId: string]: QuestionRecord} = {...current.questions};
  let taken = 0;
  for (const [id, record] of Object.entries(incoming.questions)) {
    const mine = questions[id];
    const newer = !mine || record.last > mine.last || (record.last === mine.last && record.seen > mine.seen);
    if (newer) {
      questions[id] = record;
      taken += 1;
    }
  }
  return {progress: {questions}, taken};
}
