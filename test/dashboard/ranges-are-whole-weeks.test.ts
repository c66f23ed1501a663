// Ranges are whole ISO weeks (Monday–Sunday, UTC): presets count the current week, custom ranges widen.
import { describe, expect, it } from 'vitest';
import {
  lastWeeks,
  parseIsoDate,
  snapToWeeks,
  weekStart,
  weeksIn,
} from '../../src/stats/dashboard/report/weeks';
import { rangeFromQuery } from '../../src/stats/dashboard/server/report-routes';

const WEDNESDAY = Date.parse('2026-11-25T15:00:00Z');

describe('week ranges', () => {
  it('finds the Monday of a week, also across a year end', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('takes the last N weeks including the current one', () => {
    expect(lastWeeks(4, WEDNESDAY)).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(weeksIn(lastWeeks(52, WEDNESDAY))).toHaveLength(52);
  });

  it('widens a custom range to whole weeks and accepts it reversed', () => {
    expect(snapToWeeks('2026-10-07', '2026-10-20')).toEqual({ from: '2026-10-05', to: '2026-10-25' });
    expect(snapToWeeks('2026-10-20', '2026-10-07')).toEqual({ from: '2026-10-05', to: '2026-10-25' });
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('26-02-01')).toBeUndefined();
  });

  it('reads the query of the dashboard routes and refuses bad ones with a reason', () => {
    const query = (q: string) => rangeFromQuery(new URLSearchParams(q), WEDNESDAY);
    expect(query('')).toEqual(lastWeeks(12, WEDNESDAY));
    expect(query('weeks=4')).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(query('from=2026-10-07&to=2026-10-20')).toEqual({ from: '2026-10-05', to: '2026-10-25' });
    expect(() => query('weeks=0')).toThrow(/weeks must be/);
    expect(() => query('weeks=1e3')).toThrow(/weeks must be/);
    expect(() => query('from=2026-10-07')).toThrow(/from and to/);
    expect(() => query('from=2020-01-01&to=2026-10-20')).toThrow(/at most 156 weeks/);
  });
});
