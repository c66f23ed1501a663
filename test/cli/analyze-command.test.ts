// `klarheit analyze` on the kinds of files reps and admins actually have: an Outlook .eml with an
// HTML part, a Gmail HTML body, a plain-text draft, and a draft piped in on stdin.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core';
import { buildCliIfStale, fixtures, runCli } from './run-cli';

const fixture = (name: string) => path.join(fixtures, name);
const VERDICTS = ['none', 'chaser', 'weak', 'follow-up', 'abort'];

beforeAll(() => buildCliIfStale());

describe('klarheit analyze', () => {
  it('reads the HTML part of a German .eml and reports the chaser', async () => {
    const result = await runCli(['analyze', fixture('angebot-nachfassen.eml'), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.verdict).toBe('chaser');
    expect(analysis.language).toBe('de');
    // The HTML part was used: its quoted Outlook thread is in the body the engine saw, not the
    // plain-text part's (which has no thread); decoded from quoted-printable.
    const seen = `${analysis.zones.newText}${analysis.zones.quoted}`;
    expect(seen).toContain('ich wollte nur kurz nachhaken');
    expect(seen).toContain('Rückmeldung');
    expect(seen).toContain('Kundenwerk CRM für Ihre 14 Techniker');
  });

  it('prints a readable report by default, without colour in a pipe', async () => {
    const result = await runCli(['analyze', fixture('proposal-check-in.html')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/proposal-check-in\.html\s+CHASER/);
    expect(result.stdout).toContain('(en)');
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('colours the verdict when asked to (FORCE_COLOR), as on a terminal', async () => {
    const result = await runCli(['analyze', fixture('proposal-check-in.html')], {
      env: { FORCE_COLOR: '1' },
    });
    expect(result.stdout).toMatch(/\x1b\[31mCHASER/);
  });

  it('reads a plain-text draft', async () => {
    const result = await runCli(['analyze', fixture('follow-up-vereinbart.txt'), '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.language).toBe('de');
    expect(VERDICTS).toContain(analysis.verdict);
  });

  it('reads stdin when given "-" or no file, and recognises an .eml piped in', async () => {
    const draft = 'Hi Sam,\n\njust checking in on the proposal. Any news?\n\nBest,\nPriya\n';
    for (const args of [
      ['analyze', '--json'],
      ['analyze', '-', '--json'],
    ]) {
      const result = await runCli(args, { stdin: draft });
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as Analysis).verdict).toBe('chaser');
    }
    const eml = `From: Priya Raman <priya@ledgerline.io>\nTo: Sam <sam@example.com>\nSubject: Re: Proposal\n\n${draft}`;
    const piped = await runCli(['analyze', '--json'], { stdin: eml });
    const analysis = JSON.parse(piped.stdout) as Analysis;
    expect(analysis.verdict).toBe('chaser');
    expect(analysis.zones.newText).not.toContain('Subject:');
  });

  it('forces the language with --lang and rejects a bad --now or --lang as usage errors', async () => {
    const forced = await runCli(['analyze', fixture('proposal-check-in.html'), '--json', '--lang', 'en']);
    expect((JSON.parse(forced.stdout) as Analysis).language).toBe('en');
    const badNow = await runCli(['analyze', fixture('proposal-check-in.html'), '--now', 'next tuesday']);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('--now "next tuesday" is not an ISO date');
    const badLang = await runCli(['analyze', fixture('proposal-check-in.html'), '--lang', 'fr']);
    expect(badLang.code).toBe(2);
    const unknown = await runCli(['analyze', '--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: klarheit analyze');
  });

  it('reports every file of several, names the missing one, and exits 1', async () => {
    const result = await runCli([
      'analyze',
      fixture('proposal-check-in.html'),
      fixture('does-not-exist.eml'),
      fixture('follow-up-vereinbart.txt'),
      '--json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.eml: no such file or directory');
    const all = JSON.parse(result.stdout) as Array<{ file: string; verdict?: string; error?: string }>;
    expect(all.map((a) => path.basename(a.file))).toEqual([
      'proposal-check-in.html',
      'does-not-exist.eml',
      'follow-up-vereinbart.txt',
    ]);
    expect(all[0].verdict).toBe('chaser');
    expect(all[1].error).toMatch(/no such file/);
    expect(VERDICTS).toContain(all[2].verdict);
  });

  it('says what to do with files it cannot read as a draft', async () => {
    const mbox = await runCli(['analyze', fixture('mailbox.mbox')]);
    expect(mbox.code).toBe(1);
    expect(mbox.stderr).toContain('is a mailbox; use "klarheit audit');
    const pdf = await runCli(['analyze', 'angebot.pdf']);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('unsupported file type');
    const empty = await runCli(['analyze', '-']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('the input is empty');
  });
});
