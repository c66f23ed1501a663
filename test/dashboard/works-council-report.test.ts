// Works-council mode is applied where the numbers are made (buildReport, on the server): no figure
// about fewer than 5 reps, no week hidden here but counted there, no split that gives a hidden group
// away by subtraction, no rep id — and per-rep mode shows everything, sorted, never ranked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, type EventCount } from '../../src/stats/dashboard/report/build-report';
import { ACTIONS, type Cell, type DashboardReport, MIN_REPS } from '../../src/stats/dashboard/report/types';
import { addDays, weekStart } from '../../src/stats/dashboard/report/weeks';

const RANGE = { from: '2026-09-07', to: '2026-10-04' }; // four whole weeks
const HOSTS = ['outlook', 'gmail', 'playground'];

function count(overrides: Partial<EventCount>): EventCount {
  return {
    week: '2026-09-07',
    rep: 'r1',
    host: 'outlook',
    lang: 'de',
    verdict: 'chaser',
    action: 'shown',
    missingAgreement: true,
    missingValue: true,
    missingTimebound: false,
    count: 1,
    ...overrides,
  };
}

/**
 * As the server queries them: distinct reps from the activity; the counts carry the rep only in
 * per-rep mode.
 */
function report(counts: EventCount[], mode: 'team' | 'per-rep' = 'team', expiredWeeks: string[] = []) {
  return buildReport({
    team: { name: 'Nord', mode },
    range: RANGE,
    teamHasEvents: true,
    counts: mode === 'per-rep' ? counts : counts.map(({ rep: _rep, ...rest }) => rest),
    activity: counts.map(({ week, rep, host, lang }) => ({ week, rep: rep!, host, lang })),
    expiredWeeks,
  });
}

const reps = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const shown = (cell: Cell) => {
  if (cell.hidden) throw new Error('expected figures, got a hidden cell');
  return cell;
};

describe('works-council mode', () => {
  it('hides a week with fewer than 5 reps and leaves its events out of every total', () => {
    const counts = [
      ...reps(5).map((rep) => count({ rep, week: '2026-09-07' })),
      ...reps(4).map((rep) => count({ rep, week: '2026-09-14', verdict: 'weak', missingValue: false })),
    ];
    const r = report(counts);
    expect(r.weeks.map((w) => w.cell.hidden)).toEqual([false, true, false, false]);
    expect(r.weeks[1].cell).toEqual({ hidden: true, reason: 'too-few-reps' });
    expect(shown(r.total).reminders).toBe(5);
    expect(shown(r.total).chasers).toBe(5);
    expect(shown(r.byHost[0].cell).reminders).toBe(5);
  });

  it('hides a small host group and, with only one other group, that one too (total minus it = the small one)', () => {
    const counts = [...reps(6).map((rep) => count({ rep })), count({ rep: 'g1', host: 'gmail' })];
    const r = report(counts);
    expect(r.byHost).toEqual([
      { key: 'gmail', cell: { hidden: true, reason: 'too-few-reps' } },
      { key: 'outlook', cell: { hidden: true, reason: 'too-few-reps' } },
    ]);
    expect(shown(r.total).reps).toBe(7);
  });

  it('hides small groups together when together they have 5 reps, and shows the rest', () => {
    const counts = [
      ...reps(6).map((rep) => count({ rep })),
      ...reps(2, 'g').map((rep) => count({ rep, host: 'gmail' })),
      ...reps(3, 'p').map((rep) => count({ rep, host: 'playground' })),
    ];
    const r = report(counts);
    expect(r.byHost.map((g) => [g.key, g.cell.hidden])).toEqual([
      ['gmail', true],
      ['outlook', false],
      ['playground', true],
    ]);
    expect(shown(r.byHost[1].cell).reps).toBe(6);
  });

  it('says the whole range is too small when every week with events is', () => {
    const r = report(reps(3).map((rep) => count({ rep })));
    expect(r.total).toEqual({ hidden: true, reason: 'too-few-reps' });
    expect(r.byHost).toEqual([]);
    expect(r.byLanguage).toEqual([]);
  });

  it('sends no rep id anywhere', () => {
    const r = report([...reps(7).map((rep) => count({ rep: `secret-${rep}` }))]);
    expect(JSON.stringify(r)).not.toContain('secret-');
    expect(r.perRep).toBeUndefined();
  });

  it('holds for any events: every figure covers 0 or at least 5 reps, and hidden groups cannot be subtracted out', () => {
    const event = fc.record({
      // Mostly the first two weeks and the common host and language, so that small groups next to
      // large ones (the case complementary hiding exists for) come up often.
      week: fc
        .integer({ min: 0, max: 27 })
        .map((d) => weekStart(addDays(RANGE.from, d % 3 === 0 ? d : d % 14))),
      rep: fc.integer({ min: 1, max: 9 }).map((n) => `rep${n}`),
      host: fc.integer({ min: 0, max: 9 }).map((n) => HOSTS[n < 7 ? 0 : n < 9 ? 1 : 2]),
      lang: fc.integer({ min: 0, max: 9 }).map((n) => (n < 8 ? 'de' : 'en')),
      verdict: fc.constantFrom('none', 'chaser', 'weak', 'follow-up', 'abort'),
      action: fc.constantFrom(...ACTIONS),
      missingAgreement: fc.boolean(),
      missingValue: fc.boolean(),
      missingTimebound: fc.boolean(),
      count: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (counts) => {
        const r = report(counts);
        const cells = [
          r.total,
          ...r.weeks.map((w) => w.cell),
          ...r.byHost.map((g) => g.cell),
          ...r.byLanguage.map((g) => g.cell),
        ];
        for (const cell of cells) {
          if (!cell.hidden) expect(cell.reps === 0 || cell.reps >= MIN_REPS).toBe(true);
        }
        // The total is exactly the visible weeks: a hidden week cannot be recovered as total − weeks.
        if (!r.total.hidden) {
          const visible = r.weeks.flatMap((w) => (w.cell.hidden ? [] : [w.cell]));
          expect(visible.reduce((sum, c) => sum + c.actions.shown, 0)).toBe(r.total.actions.shown);
          expect(visible.reduce((sum, c) => sum + c.reminders, 0)).toBe(r.total.reminders);
        }
        // Hidden groups of a split together stand for at least 5 reps (or the whole split is hidden).
        const hiddenWeeks = new Set(r.weeks.filter((w) => w.cell.hidden).map((w) => w.week));
        const counted = counts.filter((c) => !hiddenWeeks.has(c.week));
        for (const [split, keyOf] of [
          [r.byHost, (c: EventCount) => c.host],
          [r.byLanguage, (c: EventCount) => c.lang],
        ] as const) {
          const hidden = new Set(split.filter((g) => g.cell.hidden).map((g) => g.key));
          if (hidden.size === 0 || hidden.size === split.length) continue;
          const hiddenReps = new Set(counted.filter((c) => hidden.has(keyOf(c))).map((c) => c.rep));
          expect(hiddenReps.size).toBeGreaterThanOrEqual(MIN_REPS);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('per-rep mode (set by an admin)', () => {
  it('shows small groups and a per-rep split sorted by rep id, not by any figure', () => {
    const counts = [
      count({ rep: 'zz' }),
      count({ rep: 'aa', verdict: 'follow-up' }),
      count({ rep: 'mm', host: 'gmail' }),
    ];
    const r: DashboardReport = report(counts, 'per-rep');
    expect(shown(r.total).reps).toBe(3);
    expect(r.weeks[0].cell.hidden).toBe(false);
    expect(r.byHost.map((g) => g.cell.hidden)).toEqual([false, false]);
    expect(r.perRep?.map((g) => g.key)).toEqual(['aa', 'mm', 'zz']);
    expect(shown(r.perRep![2].cell).chasers).toBe(1);
  });
});

describe('figures', () => {
  it('count verdicts from shown events only, so a later action on the same draft does not count it twice', () => {
    const counts = [
      ...reps(5).map((rep) => count({ rep, verdict: 'chaser' })),
      ...reps(5).map((rep) => count({ rep, verdict: 'chaser', action: 'inserted-follow-up' })),
      count({ rep: 'r1', verdict: 'abort', missingAgreement: false, missingValue: false }),
      count({ rep: 'r2', verdict: 'none', missingAgreement: false, missingValue: false }),
      count({
        rep: 'r3',
        verdict: 'weak',
        missingAgreement: false,
        missingValue: false,
        missingTimebound: true,
        count: 3,
      }),
    ];
    const total = shown(report(counts).total);
    expect(total).toMatchObject({ reps: 5, reminders: 8, chasers: 5, cleanAborts: 1 });
    expect(total.missing).toEqual({ agreement: 5, value: 5, timebound: 3 });
    expect(total.actions.shown).toBe(10);
    expect(total.actions['inserted-follow-up']).toBe(5);
  });

  it('hides weeks whose raw events retention deleted, in both modes', () => {
    const counts = reps(5).map((rep) => count({ rep }));
    for (const mode of ['team', 'per-rep'] as const) {
      const r = report(counts, mode, ['2026-09-07']);
      expect(r.weeks[0].cell).toEqual({ hidden: true, reason: 'expired' });
      expect(r.total).toEqual({ hidden: true, reason: 'expired' });
    }
  });
});
