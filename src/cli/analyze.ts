// `klarheit analyze`: one report per draft file, or a JSON Lines batch on stdin.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { type Analysis, type AnalysisOptions, analyze } from '../core';
import { EXIT, parseCommandArgs, parseLang, parseNow, UsageError, usageError } from './args';
import { painter, useColour } from './colour';
import { runBatch } from './jsonl-batch';
import { describeFsError, readDraft } from './read-input';
import { formatReport } from './report';

const USAGE = `Usage: klarheit analyze [FILE...] [options]
       klarheit analyze --jsonl [FILE.jsonl]

Checks drafts: .eml (its HTML part, else its plain text), .html, .htm, .txt.
"-" or no FILE reads one draft from stdin.

Options:
  --json        print the analysis as JSON (an array of {file, ...} for several files)
  --jsonl       batch: one {"id","subject","body","format"} per input line (stdin or FILE);
                one {"id", ...analysis} or {"id","error"} per output line, in input order
  --now ISO     the date suggestions count from (default: now)
  --lang de|en  use this language instead of detecting it
  -h, --help    show this help

Exit codes: 0 ok, 1 some inputs failed, 2 usage error.`;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  now: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Failure = { file: string; error: string };
type Outcome = { file: string; analysis: Analysis } | Failure;

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>;
  let now: string | undefined;
  let options: AnalysisOptions;
  try {
    parsed = parseCommandArgs(args, OPTIONS);
    now = parseNow(parsed.values.now);
    const language = parseLang(parsed.values.lang);
    options = language ? { language } : {};
    if (parsed.values.jsonl && parsed.files.length > 1)
      throw new UsageError('--jsonl reads one file or stdin');
    if (parsed.values.jsonl && parsed.values.json) throw new UsageError('use either --json or --jsonl');
  } catch (error) {
    if (error instanceof UsageError) return usageError('analyze', error.message, USAGE);
    throw error;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (parsed.files.length === 0 && process.stdin.isTTY) {
    // Nothing piped in: waiting for typed input would look like a hang.
    return usageError('analyze', 'give a FILE, or pipe a draft into stdin', USAGE);
  }
  if (parsed.values.jsonl) return batch(parsed.files[0], now, options);
  const files = parsed.files.length > 0 ? parsed.files : ['-'];
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await analyzeFile(file, now, options));

  const failed = outcomes.filter((o): o is Failure => 'error' in o);
  for (const o of failed) console.error(`klarheit analyze: ${o.error}`);
  if (parsed.values.json) printJson(outcomes, parsed.files.length > 1);
  else printReports(outcomes);
  return failed.length > 0 ? EXIT.someFailed : EXIT.ok;
}

/** One file: the analysis object itself (what scripts pipe into jq); several: an array naming each. */
function printJson(outcomes: Outcome[], several: boolean): void {
  if (several) {
    const all = outcomes.map((o) => ('analysis' in o ? { file: o.file, ...o.analysis } : o));
    console.log(JSON.stringify(all, null, 2));
  } else if ('analysis' in outcomes[0]) {
    console.log(JSON.stringify(outcomes[0].analysis, null, 2));
  }
}

function printReports(outcomes: Outcome[]): void {
  const paint = painter(useColour(process.stdout));
  const reports = outcomes.flatMap((o) =>
    'analysis' in o ? [formatReport(o.analysis, o.file === '-' ? 'stdin' : o.file, paint)] : [],
  );
  if (reports.length > 0) console.log(reports.join('\n\n'));
}

async function analyzeFile(
  file: string,
  now: string | undefined,
  options: AnalysisOptions,
): Promise<Outcome> {
  let draft: Awaited<ReturnType<typeof readDraft>>;
  try {
    draft = await readDraft(file);
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { file, analysis: analyze(now ? { ...draft.input, now } : draft.input, options) };
  } catch (error) {
    return {
      file,
      error: `${file === '-' ? 'stdin' : file}: the engine failed: ${(error as Error).message}`,
    };
  }
}

async function batch(file: string | undefined, now: string | undefined, options: AnalysisOptions) {
  if (file === undefined || file === '-') return runBatch(process.stdin, process.stdout, { now, options });
  try {
    await access(file);
  } catch (error) {
    console.error(`klarheit analyze: cannot read ${file}: ${describeFsError(error)}`);
    return EXIT.someFailed;
  }
  return runBatch(createReadStream(file), process.stdout, { now, options });
}
