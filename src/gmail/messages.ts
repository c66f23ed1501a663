// The messages between the content script (in Gmail) and the service worker, as one discriminated
// union each way, checked on arrival: a message that does not fit is refused, never trusted.
import type { Analysis, Language, Signals, Verdict } from '../core/types';
import { ACTIONS, type StatsAction, VERDICTS } from '../stats/event';

const BOOLEAN_SIGNALS = ['isReminder', 'agreement', 'value', 'timebound', 'abort'] as const;
const SIGNAL_FIELDS = [...BOOLEAN_SIGNALS, 'priorUnanswered'];
const FACT_FIELDS = ['action', 'verdict', 'lang', 'signals'];

function sameKeys(value: object, fields: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.length === fields.length && keys.every((key) => fields.includes(key));
}

/** What the rep saw or did, with the only facts a stats event may carry (no text, no addresses). */
export interface UsageFact {
  action: StatsAction;
  verdict: Verdict;
  lang: Language;
  /** Booleans and a count: what a stats event's "missing" and "priorUnanswered" are made from. */
  signals: Signals;
}

export type ContentMessage =
  | { type: 'open-options' }
  /** `account` is the Gmail address, which the worker turns into the pseudonymous rep id and drops. */
  | { type: 'usage'; fact: UsageFact; account: string };

export type WorkerReply = { ok: true } | { ok: false; error: string };

export function usageFact(action: StatsAction, analysis: Analysis): UsageFact {
  const { isReminder, agreement, value, timebound, abort, priorUnanswered } = analysis.signals;
  return {
    action,
    verdict: analysis.verdict,
    lang: analysis.language,
    signals: { isReminder, agreement, value, timebound, abort, priorUnanswered },
  };
}

/** The fact as the Analysis shape the stats client reads (verdict, language, signals); no text in it. */
export function factAsAnalysis(fact: UsageFact): Analysis {
  return {
    language: fact.lang,
    verdict: fact.verdict,
    signals: fact.signals,
    findings: [],
    suggestions: [],
    zones: { newText: '', signature: '', quoted: '', hasThread: false },
  };
}

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'open-options') return true;
  if (message.type !== 'usage' || typeof message.account !== 'string') return false;
  const fact = message.fact as Record<string, unknown> | undefined;
  if (!fact || typeof fact !== 'object') return false;
  const signals = fact.signals as Record<string, unknown> | undefined;
  if (!signals || typeof signals !== 'object') return false;
  // Exactly the known fields: an extra one could carry text out of the page.
  if (!sameKeys(fact, FACT_FIELDS) || !sameKeys(signals, SIGNAL_FIELDS)) return false;
  return (
    (ACTIONS as readonly unknown[]).includes(fact.action) &&
    (VERDICTS as readonly unknown[]).includes(fact.verdict) &&
    (fact.lang === 'de' || fact.lang === 'en') &&
    BOOLEAN_SIGNALS.every((name) => typeof signals[name] === 'boolean') &&
    Number.isInteger(signals.priorUnanswered) &&
    (signals.priorUnanswered as number) >= 0
  );
}

/** Sends to the service worker; resolves with its reply, or a failure reply (never rejects). */
export async function sendToWorker(message: ContentMessage): Promise<WorkerReply> {
  try {
    const reply: unknown = await chrome.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as WorkerReply;
    return { ok: false, error: 'no reply' };
  } catch (error) {
    // After an extension update the old content script is orphaned: its messages have nowhere to go.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
