// `klarheit eval`: scores the engine on labelled corpus files (../shared/corpus/SCHEMA.md) and
// prints, per language, the figures the issue sets targets for and the ids it got wrong. It is a
// report, so it exits 0 whatever the scores; only unreadable corpora fail.
import { readFile } from 'node:fs/promises';
import { analyze } from '../core';
import {
  type CorpusItem,
  type CorpusReport,
  evaluateCorpus,
  type LanguageReport,
  missedTargets,
  TARGETS,
  toCorpusItems,
  VERDICTS,
} from '../core/evaluate';
import { EXIT, parseCommandArgs, parseNow, UsageError, usageError } from './args';
import { describeFsError } from './read-input';

const USAGE = `Usage: klarheit eval CORPUS.json... [options]

Runs every email of the corpus files through the engine and prints per language: verdict
accuracy, chaser precision/recall/F1, false alarms on "none", the confusion matrix, per-signal
agreement, and the ids it got wrong.

Options:
  --json      print the report as JSON
  --now ISO   the date the engine treats as today (default: now)
  -h, --help  show this help

Exit codes: 0 report printed (whatever the scores), 1 a corpus could not be read, 2 usage error.`;

const OPTIONS = {
  json: { type: 'boolean' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>;
  let now: string | undefined;
  try {
    parsed = parseCommandArgs(args, OPTIONS);
    now = parseNow(parsed.values.now);
    if (!parsed.values.help && parsed.files.length === 0)
      throw new UsageError('give at least one corpus file');
  } catch (error) {
    if (error instanceof UsageError) return usageError('eval', error.message, USAGE);
    throw error;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }

  const items: CorpusItem[] = [];
  for (const file of parsed.files) {
    try {
      items.push(...(await loadCorpus(file)));
    } catch (error) {
      console.error(`klarheit eval: ${(error as Error).message}`);
      return EXIT.someFailed;
    }
  }
  const report = evaluateCorpus(items, (input) => analyze(now ? { ...input, now } : input));
  console.log(parsed.values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return EXIT.ok;
}

async function loadCorpus(file: string): Promise<CorpusItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${describeFsError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return toCorpusItems(json);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function formatReport(report: CorpusReport): string {
  const sections = Object.entries(report.languages).map(([lang, r]) =>
    formatLanguage(lang, r as LanguageReport),
  );
  const missed = missedTargets(report);
  sections.push(
    missed.length === 0
      ? 'All per-language targets met.'
      : `Targets missed (F1 ≥ ${TARGETS.chaserF1}, accuracy ≥ ${TARGETS.accuracy}, false alarms ≤ ${pct(TARGETS.falseAlarmRate)}):\n${missed.map((m) => `  ${m}`).join('\n')}`,
  );
  return sections.join('\n\n');
}

function formatLanguage(lang: string, r: LanguageReport): string {
  const lines = [
    `== ${lang} (${r.emails} emails) ==`,
    `  verdict accuracy  ${pct(r.accuracy).padStart(7)}  ${mark((r.accuracy ?? 0) >= TARGETS.accuracy)} ≥ ${pct(TARGETS.accuracy)}`,
    `  chaser F1         ${num(r.chaser.f1).padStart(7)}  ${mark((r.chaser.f1 ?? 0) >= TARGETS.chaserF1)} ≥ ${TARGETS.chaserF1}` +
      `   (precision ${num(r.chaser.precision)}, recall ${num(r.chaser.recall)})`,
    `  false alarms      ${pct(r.falseAlarms.rate).padStart(7)}  ${mark((r.falseAlarms.rate ?? 0) <= TARGETS.falseAlarmRate)} ≤ ${pct(TARGETS.falseAlarmRate)}` +
      `   (${r.falseAlarms.count} of ${r.falseAlarms.of} "none" judged chaser or weak)`,
    `  language detected ${pct(r.languageDetection).padStart(7)}`,
    '',
    '  confusion (rows: expected, columns: engine)',
    `  ${''.padEnd(11)}${VERDICTS.map((v) => v.padStart(10)).join('')}`,
    ...VERDICTS.map(
      (e) => `  ${e.padEnd(11)}${VERDICTS.map((g) => String(r.confusion[e][g]).padStart(10)).join('')}`,
    ),
    '',
    '  signal agreement (isReminder on all emails, the others on reminders)',
    ...Object.entries(r.signals).map(
      ([name, a]) => `  ${name.padEnd(16)}${pct(a.rate).padStart(7)}  (${a.agree}/${a.total})`,
    ),
  ];
  if (r.wrong.length > 0) {
    lines.push('', `  wrong (${r.wrong.length})`);
    for (const w of r.wrong) {
      const detail = w.error ? `  ${w.error}` : w.signals.length > 0 ? `  [${w.signals.join('; ')}]` : '';
      lines.push(`  ${w.id.padEnd(10)} expected ${w.expected.padEnd(9)} got ${w.got.padEnd(9)}${detail}`);
    }
  }
  return lines.join('\n');
}
