// Scores the engine against a labelled corpus (../shared/corpus/SCHEMA.md). Pure: it takes the items
// and an analyze function, so `klarheit eval`, the bench and the engine's own corpus test all share
// one definition of "accuracy", "F1" and "false alarm".
import type { Analysis, AnalysisInput, BodyFormat, Language, Signals, Verdict } from './types';

export const VERDICTS: readonly Verdict[] = ['none', 'chaser', 'weak', 'follow-up', 'abort'];

export interface CorpusLabels {
  is_reminder: boolean;
  agreement: boolean;
  value: boolean;
  timebound: boolean;
  abort: boolean;
  prior_unanswered: number;
  verdict: Verdict;
}

export interface CorpusItem {
  id: string;
  lang: Language;
  format: BodyFormat;
  client?: string;
  subject: string;
  body: string;
  labels: CorpusLabels;
  note?: string;
}

/** The issue's bar, per language (issue 2, "What it must reach"). */
export const TARGETS = { chaserF1: 0.95, accuracy: 0.9, falseAlarmRate: 0.02 } as const;

type SignalName = keyof Signals;
const SIGNAL_LABELS: Record<SignalName, keyof CorpusLabels> = {
  isReminder: 'is_reminder',
  agreement: 'agreement',
  value: 'value',
  timebound: 'timebound',
  abort: 'abort',
  priorUnanswered: 'prior_unanswered',
};
const SIGNALS = Object.keys(SIGNAL_LABELS) as SignalName[];

export interface Agreement {
  agree: number;
  total: number;
  /** agree / total, or null when nothing was scored. */
  rate: number | null;
}

export interface Mistake {
  id: string;
  expected: Verdict;
  /** The engine's verdict, or "error" when analyze threw. */
  got: Verdict | 'error';
  /** Scored signals that differ from the labels, e.g. "value: expected false, got true". */
  signals: string[];
  error?: string;
}

export interface LanguageReport {
  emails: number;
  /** Share of emails whose verdict matches the label. */
  accuracy: number | null;
  chaser: { precision: number | null; recall: number | null; f1: number | null };
  /** `none` emails judged `chaser` or `weak`: the alarms a rep would find unfair. */
  falseAlarms: { count: number; of: number; rate: number | null };
  /** confusion[expected][got]; engine errors are not in it (see `wrong`). */
  confusion: Record<Verdict, Record<Verdict, number>>;
  /** isReminder over all emails; the other signals over reminders only, as SCHEMA.md scores them. */
  signals: Record<SignalName, Agreement>;
  /** Share of emails whose detected language matches the label. */
  languageDetection: number | null;
  wrong: Mistake[];
}

export interface CorpusReport {
  languages: Partial<Record<Language, LanguageReport>>;
  all: LanguageReport;
}

export type Analyzer = (input: AnalysisInput) => Analysis;

interface Outcome {
  item: CorpusItem;
  analysis?: Analysis;
  error?: string;
}

export function evaluateCorpus(items: readonly CorpusItem[], analyze: Analyzer): CorpusReport {
  const outcomes: Outcome[] = items.map((item) => {
    try {
      return { item, analysis: analyze({ subject: item.subject, body: item.body, format: item.format }) };
    } catch (error) {
      return { item, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const languages: Partial<Record<Language, LanguageReport>> = {};
  for (const lang of ['de', 'en'] as const) {
    const mine = outcomes.filter((o) => o.item.lang === lang);
    if (mine.length > 0) languages[lang] = scoreLanguage(mine);
  }
  return { languages, all: scoreLanguage(outcomes) };
}

/** Which per-language figures miss TARGETS, in words; empty when all are met. */
export function missedTargets(report: CorpusReport): string[] {
  const missed: string[] = [];
  for (const [lang, r] of Object.entries(report.languages)) {
    if (!r) continue;
    if ((r.chaser.f1 ?? 0) < TARGETS.chaserF1) missed.push(`${lang}: chaser F1 ${fmt(r.chaser.f1)}`);
    if ((r.accuracy ?? 0) < TARGETS.accuracy) missed.push(`${lang}: accuracy ${fmt(r.accuracy)}`);
    if ((r.falseAlarms.rate ?? 0) > TARGETS.falseAlarmRate)
      missed.push(`${lang}: false alarms ${fmt(r.falseAlarms.rate)}`);
  }
  return missed;
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function scoreLanguage(outcomes: Outcome[]): LanguageReport {
  const confusion = emptyConfusion();
  const signals = Object.fromEntries(SIGNALS.map((s) => [s, { agree: 0, total: 0 }])) as Record<
    SignalName,
    { agree: number; total: number }
  >;
  const wrong: Mistake[] = [];
  let correct = 0;
  let languageRight = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let noneCount = 0;
  let falseAlarms = 0;

  for (const { item, analysis, error } of outcomes) {
    const expected = item.labels.verdict;
    if (expected === 'none') noneCount++;
    if (!analysis) {
      if (expected === 'chaser') fn++;
      wrong.push({ id: item.id, expected, got: 'error', signals: [], error });
      continue;
    }
    const got = analysis.verdict;
    confusion[expected][got]++;
    if (got === expected) correct++;
    if (analysis.language === item.lang) languageRight++;
    if (got === 'chaser' && expected === 'chaser') tp++;
    if (got === 'chaser' && expected !== 'chaser') fp++;
    if (got !== 'chaser' && expected === 'chaser') fn++;
    if (expected === 'none' && (got === 'chaser' || got === 'weak')) falseAlarms++;

    const differing: string[] = [];
    for (const name of scoredSignals(item)) {
      const want = item.labels[SIGNAL_LABELS[name]];
      const have = analysis.signals[name];
      signals[name].total++;
      if (want === have) signals[name].agree++;
      else differing.push(`${name}: expected ${want}, got ${have}`);
    }
    if (got !== expected) wrong.push({ id: item.id, expected, got, signals: differing });
  }

  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    emails: outcomes.length,
    accuracy: ratio(correct, outcomes.length),
    chaser: { precision, recall, f1: f1(precision, recall) },
    falseAlarms: { count: falseAlarms, of: noneCount, rate: ratio(falseAlarms, noneCount) },
    confusion,
    signals: Object.fromEntries(
      SIGNALS.map((s) => [s, { ...signals[s], rate: ratio(signals[s].agree, signals[s].total) }]),
    ) as Record<SignalName, Agreement>,
    languageDetection: ratio(languageRight, outcomes.filter((o) => o.analysis).length),
    wrong,
  };
}

/** SCHEMA.md: only the verdict and the signals of reminders are scored; isReminder itself always is. */
function scoredSignals(item: CorpusItem): SignalName[] {
  return item.labels.is_reminder ? SIGNALS : ['isReminder'];
}

function emptyConfusion(): Record<Verdict, Record<Verdict, number>> {
  const row = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  return Object.fromEntries(VERDICTS.map((v) => [v, row()])) as Record<Verdict, Record<Verdict, number>>;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Undefined only when there were no chasers at all, expected or found. */
function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null && recall === null) return null;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Checks parsed JSON against SCHEMA.md and returns the items, or throws an Error naming the first
 * bad item and field (a corpus with a typo should fail loudly, not score as "wrong").
 */
export function toCorpusItems(value: unknown): CorpusItem[] {
  if (!Array.isArray(value)) throw new Error('a corpus is a JSON array of emails');
  return value.map((raw, index) => {
    const where = `item ${index + 1}${isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : ''}`;
    if (!isObject(raw)) throw new Error(`${where}: not an object`);
    const need = (ok: boolean, field: string, what: string) => {
      if (!ok) throw new Error(`${where}: "${field}" must be ${what}`);
    };
    need(typeof raw.id === 'string' && raw.id !== '', 'id', 'a non-empty string');
    need(raw.lang === 'de' || raw.lang === 'en', 'lang', '"de" or "en"');
    need(raw.format === 'html' || raw.format === 'text', 'format', '"html" or "text"');
    need(typeof raw.subject === 'string', 'subject', 'a string');
    need(typeof raw.body === 'string', 'body', 'a string');
    need(isObject(raw.labels), 'labels', 'an object');
    const labels = raw.labels as Record<string, unknown>;
    for (const flag of ['is_reminder', 'agreement', 'value', 'timebound', 'abort'])
      need(typeof labels[flag] === 'boolean', `labels.${flag}`, 'true or false');
    need(
      Number.isInteger(labels.prior_unanswered) && (labels.prior_unanswered as number) >= 0,
      'labels.prior_unanswered',
      'a whole number ≥ 0',
    );
    need(VERDICTS.includes(labels.verdict as Verdict), 'labels.verdict', `one of ${VERDICTS.join(', ')}`);
    return raw as unknown as CorpusItem;
  });
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
