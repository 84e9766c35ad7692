import type {IsoDate} from '@site/src/data/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A moment as "30 November 2026" (its UTC date), the same on the server and
 * in every browser. Written out rather than asked of Intl: the first
 * Intl.DateTimeFormat a page creates loads locale data, which cost a
 * hydrating page about 90 ms of main thread on a CPU throttled like a phone.
 */
export function formatUtcDate(moment: Date): string {
  return `${moment.getUTCDate()} ${MONTHS[moment.getUTCMonth()] ?? ''} ${moment.getUTCFullYear()}`;
}

/** "2026-11-30" -> "30 November 2026". */
export function formatLongDate(date: IsoDate): string {
  return formatUtcDate(new Date(`${date}T00:00:00Z`));
}

/** "2024-10" -> "October 2024": the month an exam change took effect. */
export function formatMonth(month: `${number}-${number}`): string {
  const [year, index] = month.split('-');
  return `${MONTHS[Number(index) - 1] ?? ''} ${year ?? ''}`;
}
