import type {IsoDate} from '@site/src/data/types';

/** "2026-11-30" -> "30 November 2026", the same on the server and in every browser. */
export function formatLongDate(date: IsoDate): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
