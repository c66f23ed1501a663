// `klarheit audit`: how much of a mailbox is chasing, and what was missing. Streams the mailbox one
// message at a time, so a 2 GB export needs the memory of its largest message, not of the file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyze } from '../core';
import { EXIT, parseCommandArgs, UsageError, usageError } from './args';
import { type AuditSummary, AuditTally } from './audit-tally';
import { listEmlFiles, NotAnMboxError, readEmlHead, splitMbox } from './mbox';
import { ProgressBar } from './progress';
import { describeFsError, parseEml } from './read-input';

const USAGE = `Usage: klarheit audit FILE.mbox|DIR [options]

Audits a mailbox export (mbox from Google Takeout or Thunderbird, or a folder of .eml files):
how many messages were reminders, how many of those were chasers, weak, follow-ups or clean
aborts, the most frequent chaser phrases, and which clarity element was missing most.

Options:
  --from ADDRESS  only the messages sent from this address (e.g. your own sent mail)
  --json          print the summary as JSON
  -h, --help      show this help

Exit codes: 0 ok, 1 the mailbox or some messages could not be read, 2 usage error.`;

const OPTIONS = {
  from: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>;
  let from: string | undefined;
  try {
    parsed = parseCommandArgs(args, OPTIONS);
    if (!parsed.values.help && parsed.files.length !== 1)
      throw new UsageError('give one mbox file or folder');
    from = parsed.values.from?.trim().toLowerCase();
    if (from !== undefined && !/^[^\s@]+@[^\s@]+$/.test(from))
      throw new UsageError(`--from "${parsed.values.from}" is not an email address`);
  } catch (error) {
    if (error instanceof UsageError) return usageError('audit', error.message, USAGE);
    throw error;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }

  const path = parsed.files[0];
  let summary: AuditSummary;
  try {
    summary = await audit(path, from);
  } catch (error) {
    const reason = error instanceof NotAnMboxError ? error.message : describeFsError(error);
    console.error(`klarheit audit: cannot read ${path}: ${reason}`);
    return EXIT.someFailed;
  }
  console.log(parsed.values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, path, from));
  return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

export async function audit(path: string, from: string | undefined): Promise<AuditSummary> {
  const tally = new AuditTally();
  const info = await stat(path);
  if (info.isDirectory()) {
    const files = await listEmlFiles(path);
    const progress = new ProgressBar(process.stderr, files.length);
    for (const [index, file] of files.entries()) {
      let raw: Buffer | undefined;
      try {
        raw = await readEmlHead(file);
      } catch {
        tally.fail();
      }
      if (raw) await auditMessage(raw, from, tally);
      progress.update(index + 1, index + 1);
    }
    progress.finish();
  } else if (path.toLowerCase().endsWith('.eml')) {
    await auditMessage(await readEmlHead(path), from, tally);
  } else {
    const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
    const progress = new ProgressBar(process.stderr, info.size);
    let count = 0;
    try {
      for await (const message of splitMbox(stream)) {
        await auditMessage(message.raw, from, tally);
        progress.update(stream.bytesRead, ++count);
      }
    } finally {
      stream.destroy();
      progress.finish();
    }
  }
  return tally.summary();
}

async function auditMessage(raw: Buffer, from: string | undefined, tally: AuditTally): Promise<void> {
  try {
    const { input, date } = await parseEml(raw);
    if (from !== undefined && input.from?.email?.toLowerCase() !== from) return tally.skip();
    // The message's own date is "now" for it: "bis Freitag" means the Friday after it was written.
    const now = date && !Number.isNaN(Date.parse(date)) ? date : undefined;
    tally.add(analyze(now ? { ...input, now } : input));
  } catch {
    tally.fail();
  }
}

export function formatSummary(s: AuditSummary, path: string, from: string | undefined): string {
  const n = (x: number) => x.toLocaleString('en');
  const pct = (x: number, of: number) => (of > 0 ? `${Math.round((x / of) * 100)}%` : '–');
  const row = (label: string, value: number, note = '') =>
    `  ${label.padEnd(18)}${n(value).padStart(9)}${note ? `   ${note}` : ''}`;
  const v = s.verdicts;
  const lines = [
    `Audit of ${basename(path)}${from ? ` — messages from ${from}` : ''}`,
    row('messages read', s.messages),
  ];
  if (from) lines.push(row('sent by --from', s.analyzed));
  if (s.failed > 0) lines.push(row('could not be read', s.failed));
  lines.push(
    row('reminders', s.reminders, `${pct(s.reminders, s.analyzed)} of analysed messages`),
    row('  chasers', v.chaser, `${pct(v.chaser, s.reminders)} of reminders`),
    row('  weak', v.weak, pct(v.weak, s.reminders)),
    row('  follow-ups', v['follow-up'], pct(v['follow-up'], s.reminders)),
    row('  clean aborts', v.abort, pct(v.abort, s.reminders)),
  );
  const unclear = v.chaser + v.weak;
  if (s.mostMissing) {
    const label = {
      agreement: 'a prior agreement',
      value: 'new value',
      timebound: 'a concrete time',
    } as const;
    lines.push(
      '',
      `Missing most: ${label[s.mostMissing]} (in ${n(s.missing[s.mostMissing])} of ${n(unclear)} chaser and weak reminders)`,
      `  agreement ${n(s.missing.agreement)} · new value ${n(s.missing.value)} · concrete time ${n(s.missing.timebound)}`,
    );
  }
  if (s.chaserPhrases.length > 0) {
    lines.push('', 'Most frequent chaser phrases');
    for (const { phrase, count } of s.chaserPhrases) lines.push(`  ${n(count).padStart(6)}  "${phrase}"`);
  }
  return lines.join('\n');
}
