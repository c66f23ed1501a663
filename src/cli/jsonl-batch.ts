// `klarheit analyze --jsonl`: one draft per input line, one result per output line, in input order.
// Streams line by line so a batch of any size runs in constant memory, and a bad line costs only
// its own result.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type AnalysisInput, type AnalysisOptions, analyze, type Person } from '../core';
import { EXIT } from './args';
import { sniffKind } from './read-input';

type Id = string | number | null;

export interface BatchDefaults {
  now?: string;
  options: AnalysisOptions;
}

/** Returns the exit code: 1 when any line failed, 0 otherwise. */
export async function runBatch(source: Readable, out: Writable, defaults: BatchDefaults): Promise<number> {
  let failed = false;
  let lineNumber = 0;
  // The reader went away (`… | head`): stop quietly, as Unix tools do, instead of reporting EPIPE.
  let readerGone = false;
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = analyzeLine(line, lineNumber, defaults);
    if ('error' in result) failed = true;
    if (!out.write(`${JSON.stringify(result)}\n`)) await drainedOrGone(out);
    if (readerGone) break;
  }
  lines.close();
  return failed ? EXIT.someFailed : EXIT.ok;
}

/** Waits for backpressure to clear; an error (handled above) or a close also ends the wait. */
function drainedOrGone(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) out.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) out.once(event, done);
  });
}

function analyzeLine(line: string, lineNumber: number, defaults: BatchDefaults): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  const id = idOf(parsed);
  try {
    const input = toInput(parsed, defaults.now);
    return { id, ...analyze(input, defaults.options) };
  } catch (error) {
    return { id, error: `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function idOf(value: unknown): Id {
  const id = isObject(value) ? value.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** Validates one line's object; throws with a message that names the offending field. */
function toInput(value: unknown, now: string | undefined): AnalysisInput {
  if (!isObject(value)) throw new Error('expected a JSON object {"id","subject","body","format"}');
  const { id, subject = '', body, format, from, to, locale } = value;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
    throw new Error('"id" must be a string or a number');
  if (typeof body !== 'string') throw new Error('"body" must be a string');
  if (typeof subject !== 'string') throw new Error('"subject" must be a string');
  if (format !== undefined && format !== 'html' && format !== 'text')
    throw new Error('"format" must be "html" or "text"');
  const input: AnalysisInput = {
    subject,
    body,
    format: format ?? (sniffKind(body) === 'html' ? 'html' : 'text'),
  };
  const lineNow = value.now ?? now;
  if (lineNow !== undefined) {
    if (typeof lineNow !== 'string' || Number.isNaN(Date.parse(lineNow)))
      throw new Error('"now" must be an ISO date');
    input.now = lineNow;
  }
  if (from !== undefined) input.from = toPerson(from, 'from');
  if (to !== undefined) {
    if (!Array.isArray(to)) throw new Error('"to" must be an array of {"name","email"}');
    input.to = to.map((p) => toPerson(p, 'to'));
  }
  if (locale !== undefined) {
    if (typeof locale !== 'string') throw new Error('"locale" must be a string');
    input.locale = locale;
  }
  return input;
}

function toPerson(value: unknown, field: string): Person {
  if (!isObject(value)) throw new Error(`"${field}" must be {"name","email"}`);
  const person: Person = {};
  for (const key of ['name', 'email'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new Error(`"${field}.${key}" must be a string`);
    person[key] = v;
  }
  return person;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
