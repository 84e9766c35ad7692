import {describe, expect, it} from 'vitest';
import {formatLongDate, formatMonth, formatUtcDate} from '../dates';

describe('formatUtcDate', () => {
  it('writes the UTC day, full month name and year', () => {
    expect(formatUtcDate(new Date(Date.UTC(2026, 10, 30, 23, 59)))).toBe('30 November 2026');
    expect(formatUtcDate(new Date(Date.UTC(2024, 1, 29)))).toBe('29 February 2024');
  });

  it('agrees with Intl en-GB for every day of a leap year', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    for (let day = 0; day < 366; day += 1) {
      const moment = new Date(Date.UTC(2028, 0, 1 + day, 12));
      expect(formatUtcDate(moment)).toBe(intl.format(moment));
    }
  });
});

describe('formatLongDate', () => {
  it('reads an ISO date as a UTC calendar day', () => {
    expect(formatLongDate('2026-01-01')).toBe('1 January 2026');
  });
});

describe('formatMonth', () => {
  it('writes a YYYY-MM month in words', () => {
    expect(formatMonth('2024-10')).toBe('October 2024');
    expect(formatMonth('2025-01')).toBe('January 2025');
  });
});
