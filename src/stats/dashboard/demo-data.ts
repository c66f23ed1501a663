// Realistic, varied stats events for `klarheit demo`: a team of reps over some weeks, getting better at
// follow-ups (fewer chasers, fewer missing agreements), on Outlook and Gmail, in German and English.
// Deterministic: the same team and weeks give the same event ids, so running the demo twice does not
// count anything twice.
import { createHash } from 'node:crypto';
import type { StatsEvent } from '../event';
import type { Action } from './report/types';
import { addDays, parseIsoDate, weekStart } from './report/weeks';

export interface DemoOptions {
  /** Salt for ids and rep pseudonyms (the team id), so two demo teams never share an event id. */
  seed: string;
  reps: number;
  weeks: number;
  now: number;
}

const HOUR_MS = 3_600_000;

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same team every time. */
function random(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

interface Rep {
  id: string;
  host: 'outlook' | 'gmail';
  lang: 'de' | 'en';
  draftsPerWeek: number;
  /** How much this rep tends to chase (0.7 – 1.3). */
  habit: number;
}

export function demoEvents({ seed, reps, weeks, now }: DemoOptions): StatsEvent[] {
  const rand = random(seed);
  const team: Rep[] = Array.from({ length: reps }, (_, i) => ({
    id: createHash('sha256').update(`${seed}:rep:${i}`).digest('hex'),
    // With 12 reps: 5 on Gmail, 7 on Outlook; 5 write in English, 7 in German — every group has
    // enough reps to be shown in works-council mode.
    host: i % 12 < 5 ? 'gmail' : 'outlook',
    lang: i % 12 >= 7 ? 'en' : 'de',
    draftsPerWeek: 6 + Math.floor(rand() * 9),
    habit: 0.7 + rand() * 0.6,
  }));
  const events: StatsEvent[] = [];
  const firstWeek = addDays(weekStart(now), -7 * (weeks - 1));
  for (let w = 0; w < weeks; w++) {
    const monday = parseIsoDate(addDays(firstWeek, 7 * w))!;
    const progress = weeks === 1 ? 1 : w / (weeks - 1); // the team learns over the weeks
    for (const rep of team) {
      const drafts = Math.max(1, Math.round(rep.draftsPerWeek * (0.8 + rand() * 0.4)));
      for (let d = 0; d < drafts; d++) {
        // Working hours, Monday to Friday.
        const ts = monday + Math.floor(rand() * 5) * 24 * HOUR_MS + (8 + rand() * 9) * HOUR_MS;
        if (ts > now) continue;
        const chaser = (0.45 - 0.25 * progress) * rep.habit;
        const verdict = pick(rand, [
          ['chaser', chaser],
          ['weak', 0.3],
          ['follow-up', 0.2 + 0.2 * progress],
          ['abort', 0.05 + 0.05 * progress],
        ] as [StatsEvent['verdict'], number][]);
        const missing = missingFor(verdict, progress, rand);
        const priorUnanswered = verdict === 'abort' ? 2 + Math.floor(rand() * 2) : Math.floor(rand() * 3);
        const base = {
          ts: new Date(ts).toISOString(),
          rep: rep.id,
          host: rep.host,
          lang: rep.lang,
          verdict,
          missing,
          priorUnanswered,
        };
        const key = `${seed}:${rep.id}:${w}:${d}`;
        events.push({ ...base, id: uuidFrom(`${key}:shown`), action: 'shown' });
        const action = actionFor(verdict, rand);
        if (action) {
          const later = new Date(Math.min(ts + 2 * 60_000, now)).toISOString();
          events.push({ ...base, ts: later, id: uuidFrom(`${key}:${action}`), action });
          // As the panel does: the inserted text is analysed again and its new verdict shown once.
          const after = AFTER_INSERT[action];
          if (after)
            events.push({
              ...base,
              ts: later,
              verdict: after,
              missing: [],
              id: uuidFrom(`${key}:after`),
              action: 'shown',
            });
        }
      }
    }
  }
  return events;
}

const AFTER_INSERT: Partial<Record<Action, StatsEvent['verdict']>> = {
  'inserted-follow-up': 'follow-up',
  'inserted-next-step': 'follow-up',
  'inserted-abort': 'abort',
};

function missingFor(
  verdict: StatsEvent['verdict'],
  progress: number,
  rand: () => number,
): StatsEvent['missing'] {
  if (verdict === 'chaser')
    return rand() < 0.7 ? ['agreement', 'value', 'timebound'] : ['agreement', 'value'];
  if (verdict === 'weak') {
    return pick(rand, [
      [['agreement'], 0.45 - 0.2 * progress],
      [['timebound'], 0.35],
      [['value', 'timebound'], 0.2],
    ] as [StatsEvent['missing'], number][]);
  }
  if (verdict === 'follow-up') return rand() < 0.3 ? ['value'] : [];
  return [];
}

function actionFor(verdict: StatsEvent['verdict'], rand: () => number): Action | null {
  if (verdict === 'chaser') {
    return pick(rand, [
      ['inserted-follow-up', 0.35],
      ['inserted-abort', 0.12],
      ['dismissed', 0.15],
      ['sent-anyway', 0.18],
      ['held-on-send', 0.12],
      [null, 0.08],
    ] as [Action | null, number][]);
  }
  if (verdict === 'weak') {
    return pick(rand, [
      ['inserted-next-step', 0.35],
      ['inserted-follow-up', 0.15],
      ['dismissed', 0.25],
      ['sent-anyway', 0.1],
      [null, 0.15],
    ] as [Action | null, number][]);
  }
  return null;
}
