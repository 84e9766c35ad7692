import {describe, expect, it} from 'vitest';
import {addDays, afterAnswer, DAYS_UNTIL_DUE, isDue, localDay} from '../schedule';

describe('Leitner schedule', () => {
  it('sends a first miss to box 1, due again the same day', () => {
    const record = afterAnswer(undefined, false, '2026-12-01');
    expect(record).toEqual({box: 1, due: '2026-12-01', seen: 1, right: 0, last: '2026-12-01'});
    expect(isDue(record, '2026-12-01')).toBe(true);
  });

  it('moves a right answer up one box and spaces it out by that box', () => {
    const first = afterAnswer(undefined, true, '2026-12-01');
    expect(first.box).toBe(2);
    expect(first.due).toBe(addDays('2026-12-01', DAYS_UNTIL_DUE[1] ?? NaN));
    expect(isDue(first, '2026-12-01')).toBe(false);
    const second = afterAnswer(first, true, first.due);
    expect(second).toMatchObject({box: 3, due: addDays(first.due, DAYS_UNTIL_DUE[2] ?? NaN), seen: 2, right: 2});
  });

  it('stops at the last box and drops back to box 1 on a miss', () => {
    let record = afterAnswer(undefined, true, '2026-01-01');
    for (let step = 0; step < 10; step += 1) record = afterAnswer(record, true, record.due);
    expect(record.box).toBe(5);
    const missed = afterAnswer(record, false, '2026-06-01');
    expect(missed).toMatchObject({box: 1, due: '2026-06-01', right: record.right, seen: record.seen + 1});
  });

  it('counts days across month and year ends, and uses the local calendar day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
