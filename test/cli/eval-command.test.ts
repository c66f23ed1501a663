// `klarheit eval` prints a report (exit 0 whatever the scores) and refuses corpora it cannot trust.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusReport } from '../../src/core/evaluate';
import { buildCliIfStale, fixtures, runCli } from './run-cli';

beforeAll(() => buildCliIfStale());

const corpus = path.join(fixtures, 'corpus-small.json');

describe('klarheit eval', () => {
  it('reports per language, with figures that agree with the confusion matrix and the wrong ids', async () => {
    const result = await runCli(['eval', corpus, '--json', '--now', '2026-11-27T09:00:00Z']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CorpusReport;
    expect(Object.keys(report.languages).sort()).toEqual(['de', 'en']);
    for (const r of Object.values(report.languages)) {
      if (!r) continue;
      expect(r.emails).toBe(3);
      const cells = Object.values(r.confusion).flatMap((row) => Object.values(row));
      expect(cells.reduce((a, b) => a + b, 0)).toBe(3);
      expect(r.accuracy).toBeCloseTo((3 - r.wrong.length) / 3);
      expect(r.falseAlarms.of).toBe(1);
      for (const w of r.wrong) expect(w.got).not.toBe(w.expected);
    }
    expect(report.all.emails).toBe(6);
  });

  it('prints the readable report with each language, the matrix and the targets', async () => {
    const result = await runCli(['eval', corpus]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('== de (3 emails) ==');
    expect(result.stdout).toContain('== en (3 emails) ==');
    expect(result.stdout).toMatch(/chaser F1\s+\d\.\d{3}/);
    expect(result.stdout).toContain('confusion (rows: expected, columns: engine)');
    expect(result.stdout).toContain('signal agreement');
  });

  it('names the file and the problem for unreadable, malformed or off-schema corpora', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-eval-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '[{"id": "x-1",');
    const offSchema = path.join(dir, 'off-schema.json');
    writeFileSync(
      offSchema,
      JSON.stringify([{ id: 'x-1', lang: 'fr', format: 'text', subject: '', body: '', labels: {} }]),
    );

    const missing = await runCli(['eval', path.join(dir, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.json: no such file or directory');
    const malformed = await runCli(['eval', broken]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('broken.json is not valid JSON');
    const wrong = await runCli(['eval', offSchema]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('item 1 (x-1): "lang" must be "de" or "en"');
    expect((await runCli(['eval'])).code).toBe(2);
  });
});
