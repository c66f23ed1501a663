// The CSV export: one row per group with the page's numbers, hidden groups without numbers, and no
// cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { buildReport, type EventCount } from '../../src/stats/dashboard/report/build-report';
import { CSV_COLUMNS, csvField, csvFileName, reportToCsv } from '../../src/stats/dashboard/report/csv';

const counts: EventCount[] = ['a', 'b', 'c', 'd', 'e'].flatMap((rep) => [
  {
    week: '2026-09-07',
    rep,
    host: 'outlook',
    lang: 'de',
    verdict: 'chaser',
    action: 'shown',
    missingAgreement: true,
    missingValue: true,
    missingTimebound: false,
    count: 1,
  },
  {
    week: '2026-09-07',
    rep,
    host: 'outlook',
    lang: 'de',
    verdict: 'follow-up',
    action: 'shown',
    missingAgreement: false,
    missingValue: false,
    missingTimebound: false,
    count: 1,
  },
]);

describe('CSV export', () => {
  it('writes the same figures as the report, one row per group', () => {
    const report = buildReport({
      team: { name: 'Vertrieb Nord', mode: 'team' },
      range: { from: '2026-09-07', to: '2026-09-20' },
      teamHasEvents: true,
      counts: [...counts, { ...counts[0], week: '2026-09-14', rep: 'x' }],
      activity: [...counts, { ...counts[0], week: '2026-09-14', rep: 'x' }].map(
        ({ week, rep, host, lang }) => ({
          week,
          rep: rep!,
          host,
          lang,
        }),
      ),
    });
    const lines = reportToCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('total,2026-09-07..2026-09-20,5,10,5,0.5000,5,5,0,0,10,0,0,0,0,0,0,');
    expect(lines[2]).toBe('week,2026-09-07,5,10,5,0.5000,5,5,0,0,10,0,0,0,0,0,0,');
    expect(lines[3]).toBe(`week,2026-09-14${','.repeat(CSV_COLUMNS.length - 2)}too few reps to show`);
    expect(lines.slice(4)).toEqual([
      'host,outlook,5,10,5,0.5000,5,5,0,0,10,0,0,0,0,0,0,',
      'language,de,5,10,5,0.5000,5,5,0,0,10,0,0,0,0,0,0,',
    ]);
    expect(csvFileName(report)).toBe('klarheit-Vertrieb-Nord-2026-09-07-2026-09-20.csv');
  });

  it('quotes separators and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1')).toBe("'+1");
  });
});
