import {EMPTY_PROGRESS, type Progress, parseProgressText, serializeProgress} from './progress';
import {afterAnswer, localDay} from './schedule';

/**
 * Where the browser keeps practice progress. Reading never throws: storage
 * may be switched off, full, or hold text that an extension or an old
 * version damaged. Unreadable text is copied aside before anything is
 * saved over it, so a reader can still download it.
 */
export const PROGRESS_KEY = 'aws-other-compute:practice';
export const UNREADABLE_KEY = 'aws-other-compute:practice:unreadable';

/** Fired on window after every save, so every view of the progress on the page updates. */
export const PROGRESS_EVENT = 'aws-other-compute:progress';

export type LoadedProgress = {
  readonly progress: Progress;
  /** What the reader should be told about what was read, if anything went wrong. */
  readonly notice?: string;
};

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadProgress(): LoadedProgress {
  const store = storage();
  if (!store)
    return {
      progress: EMPTY_PROGRESS,
      notice: 'This browser does not let the site save progress (storage is off), so answers are not remembered.',
    };
  let text: string | null;
  try {
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return {progress: EMPTY_PROGRESS, notice: 'Saved progress could not be read from this browser’s storage.'};
  }
  if (text === null) return {progress: EMPTY_PROGRESS};
  const parsed = parseProgressText(text);
  if (parsed.problem) {
    try {
      if (store.getItem(UNREADABLE_KEY) === null) store.setItem(UNREADABLE_KEY, text);
    } catch {
      // Nothing more can be kept; the notice still says what happened.
    }
    return {
      progress: EMPTY_PROGRESS,
      notice: `Saved progress could not be read: ${parsed.problem}. It is kept as it was; download it below before you reset, or go on and new answers are saved beside it.`,
    };
  }
  return {
    progress: parsed.progress,
    ...(parsed.dropped > 0
      ? {notice: `${parsed.dropped} damaged saved answers were left out; the rest of your progress is intact.`}
      : {}),
  };
}

/** The text that could not be read, if any, for the reader to download. */
export function unreadableProgressText(): string | null {
  try {
    return storage()?.getItem(UNREADABLE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Saves and tells the page; returns false when the browser refuses (storage off or full). */
export function saveProgress(progress: Progress): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(PROGRESS_EVENT));
  return true;
}

/** One answered question, from the practice page or a topic page's self-check. */
export function recordAnswer(questionId: string, correct: boolean, now: Date = new Date()): boolean {
  const {progress} = loadProgress();
  const record = afterAnswer(progress.questions[questionId], correct, localDay(now));
  return saveProgress({questions: {...progress.questions, [questionId]: record}});
}

/** Forgets everything, including text kept aside because it could not be read. */
export function resetProgress(): void {
  const store = storage();
  try {
    store?.removeItem(PROGRESS_KEY);
    store?.removeItem(UNREADABLE_KEY);
  } catch {
    // Storage is off: there is nothing saved to forget.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}
