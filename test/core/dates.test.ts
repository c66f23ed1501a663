// Calendar maths for suggestions and for dating an agreement found in the thread.
import { describe, expect, it } from 'vitest';
import { addBusinessDays, findDate, formatSlot, parseHeaderDate } from '../../src/core/dates';

const friday = new Date(2026, 10, 27, 9, 0); // Fri 27 Nov 2026

describe('dates', () => {
  it('adds working days and skips the weekend', () => {
    expect(addBusinessDays(friday, 2).toDateString()).toBe(new Date(2026, 11, 1).toDateString());
    expect(addBusinessDays(new Date(2026, 10, 23), 2).getDate()).toBe(25);
  });

  it('formats a slot in each language', () => {
    const slot = new Date(2026, 11, 1, 10, 0);
    expect(formatSlot(slot, 'de')).toBe('Dienstag, 1.12., um 10:00 Uhr');
    expect(formatSlot(slot, 'en')).toBe('Tuesday, December 1 at 10:00 AM');
  });

  it.each([
    ['nach der Sitzung am 30. November', '2026-11-30'],
    ['am 24. November (already past: next year)', '2027-11-24'],
    ['bis zum 3.12.', '2026-12-03'],
    ['am 10.01.2027 um 9 Uhr', '2027-01-10'],
    ['Mitte Jänner', '2027-01-15'],
    ['on December 3rd', '2026-12-03'],
    ['after the board meets on the 30th', '2026-11-30'],
    ['early December', '2026-12-01'],
    ['call me on Tuesday', '2026-12-01'],
    ['in March', undefined],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findDate(text, 'de', friday)).toBe(iso);
  });

  it('reads quoted header dates in both languages', () => {
    expect(parseHeaderDate('Freitag, 13. November 2026 11:20')?.getDate()).toBe(13);
    expect(parseHeaderDate('Tue, 3 Nov 2026 at 10:12')?.getMonth()).toBe(10);
    expect(parseHeaderDate('Monday, November 16, 2026 9:10 AM')?.getFullYear()).toBe(2026);
    expect(parseHeaderDate('gestern')).toBeUndefined();
  });
});
