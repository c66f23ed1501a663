// `klarheit audit` on a Takeout-style mbox and on a folder of .eml files.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../src/cli/audit-tally';
import { buildCliIfStale, fixtures, runCli } from './run-cli';

beforeAll(() => buildCliIfStale());

const mailbox = path.join(fixtures, 'mailbox.mbox');
const verdictTotal = (s: AuditSummary) => Object.values(s.verdicts).reduce((a, b) => a + b, 0);

describe('klarheit audit', () => {
  it('summarises every message of an mbox', async () => {
    const result = await runCli(['audit', mailbox, '--json']);
    expect(result.code).toBe(0);
    const s = JSON.parse(result.stdout) as AuditSummary;
    expect(s).toMatchObject({ messages: 5, analyzed: 5, failed: 0 });
    expect(verdictTotal(s)).toBe(5);
    expect(s.verdicts.chaser).toBe(2);
    expect(s.reminders).toBe(
      s.verdicts.chaser + s.verdicts.weak + s.verdicts['follow-up'] + s.verdicts.abort,
    );
  });

  it('with --from, analyses only that sender (any letter case) and still counts what it read', async () => {
    const result = await runCli(['audit', mailbox, '--from', 'JONAS.WEBER@weber-it.de', '--json']);
    const s = JSON.parse(result.stdout) as AuditSummary;
    expect(s).toMatchObject({ messages: 5, analyzed: 4, failed: 0 });
    expect(verdictTotal(s)).toBe(4);
    expect(s.verdicts.chaser).toBe(2);
  });

  it('prints a readable summary without progress noise when stderr is not a terminal', async () => {
    const result = await runCli(['audit', mailbox, '--from', 'jonas.weber@weber-it.de']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Audit of mailbox.mbox — messages from jonas.weber@weber-it.de');
    expect(result.stdout).toMatch(/messages read\s+5/);
    expect(result.stdout).toMatch(/sent by --from\s+4/);
    expect(result.stdout).toMatch(/chasers\s+2/);
    expect(result.stdout).toContain('Missing most:');
  });

  it('reads a folder of .eml files, subfolders included, ignoring other files', async () => {
    const result = await runCli(['audit', path.join(fixtures, 'eml-folder'), '--json']);
    expect(result.code).toBe(0);
    const s = JSON.parse(result.stdout) as AuditSummary;
    expect(s).toMatchObject({ messages: 3, analyzed: 3, failed: 0 });
    expect(s.verdicts.chaser).toBe(2);
  });

  it('counts a message it cannot read, carries on, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-audit-'));
    mkdirSync(path.join(dir, 'export'));
    copyFileSync(path.join(fixtures, 'eml-folder/proposal-check-in.eml'), path.join(dir, 'export/ok.eml'));
    writeFileSync(
      path.join(dir, 'export/scan.eml'),
      'From: scanner@weber-it.de\nSubject: Scan\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n',
    );
    const result = await runCli(['audit', path.join(dir, 'export'), '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ messages: 2, analyzed: 1, failed: 1 });
  });

  it('fails clearly on a missing path or a file that is not a mailbox, and on bad options', async () => {
    const missing = await runCli(['audit', 'no-such.mbox']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read no-such.mbox: no such file or directory');
    const notMbox = await runCli(['audit', path.join(fixtures, 'proposal-check-in.html')]);
    expect(notMbox.code).toBe(1);
    expect(notMbox.stderr).toContain('not an mbox file');
    expect((await runCli(['audit'])).code).toBe(2);
    expect((await runCli(['audit', mailbox, '--from', 'jonas'])).stderr).toContain('is not an email address');
  });
});
