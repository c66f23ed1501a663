// The seeded team of the dashboard tests, with every figure the page must show worked out by hand.
import type { StatsEvent } from '../../../src/stats/event';
import { eventIn } from './dashboard-server';

const reps = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const host = (r: number) => (r === 6 ? 'gmail' : 'outlook');

/**
 * Six reps. Two weeks ago: a chaser and a follow-up each. Last week: a weak reminder each, chasers from
 * reps 1–2, a clean abort from rep 3. Three weeks ago only two reps (hidden in works-council mode).
 * Eight weeks ago (inside 12 weeks, outside 4): a chaser each.
 */
export function scenarioEvents(): StatsEvent[] {
  const events: StatsEvent[] = [];
  const add = (weeksAgo: number, r: number, e: Partial<StatsEvent>) =>
    events.push(eventIn(weeksAgo, r, { host: host(r), lang: 'de', ...e }));
  for (const r of reps(1, 6)) {
    add(2, r, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'shown' });
    add(2, r, { verdict: 'follow-up', missing: [], action: 'shown' });
    add(1, r, { verdict: 'weak', missing: r <= 3 ? ['agreement'] : ['timebound'], action: 'shown' });
    add(8, r, { verdict: 'chaser', missing: ['agreement', 'value', 'timebound'], action: 'shown' });
  }
  for (const r of reps(1, 3))
    add(2, r, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'inserted-follow-up' });
  add(2, 4, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'sent-anyway' });
  for (const r of reps(1, 2)) {
    add(1, r, { verdict: 'chaser', missing: ['agreement', 'value', 'timebound'], action: 'shown' });
    add(1, r, { verdict: 'weak', missing: ['agreement'], action: 'dismissed' });
    add(3, r, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'shown' });
    add(3, r, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'shown' });
  }
  add(1, 3, { verdict: 'abort', missing: [], action: 'shown' });
  add(1, 5, { verdict: 'chaser', missing: ['agreement', 'value'], action: 'inserted-abort' });
  return events;
}

/** What the last 4 weeks show (three weeks ago is hidden: two reps). */
export const LAST_4_WEEKS = {
  reminders: 20,
  chasers: 8,
  chaserShare: '40%',
  missing: { agreement: 11, value: 8, timebound: 5 },
  cleanAborts: 1,
  reps: 6,
  actions: {
    shown: 21,
    'inserted-follow-up': 3,
    'inserted-abort': 1,
    'inserted-next-step': 0,
    dismissed: 2,
    'sent-anyway': 1,
    'held-on-send': 0,
  },
  twoWeeksAgo: { reps: 6, reminders: 12, chasers: 6, share: '50%' },
  lastWeek: { reps: 6, reminders: 8, chasers: 2, share: '25%' },
};

/** The last 12 weeks add eight weeks ago: six more chasers. */
export const LAST_12_WEEKS = { reminders: 26, chasers: 14, chaserShare: '54%' };
