// The messages between the content script (in Gmail) and the service worker, as one discriminated
// union each way, checked on arrival: a message that does not fit is refused, never trusted.
import type { Analysis, Language, MissingElement, Verdict } from '../core/types';
import { ACTIONS, MISSING_ELEMENTS, type StatsAction, VERDICTS } from '../stats/event';

/** What the rep saw or did, with the only facts a stats event may carry (no text, no addresses). */
export interface UsageFact {
  action: StatsAction;
  verdict: Verdict;
  lang: Language;
  missing: MissingElement[];
  priorUnanswered: number;
}

export type ContentMessage =
  | { type: 'open-options' }
  /** `account` is the Gmail address, which the worker turns into the pseudonymous rep id and drops. */
  | { type: 'usage'; fact: UsageFact; account: string };

export type WorkerReply = { ok: true } | { ok: false; error: string };

/** The clarity elements a reminder lacks (none for a message that is not a reminder). */
export function usageFact(action: StatsAction, analysis: Analysis): UsageFact {
  const { signals } = analysis;
  const missing = signals.isReminder ? MISSING_ELEMENTS.filter((element) => !signals[element]) : [];
  return {
    action,
    verdict: analysis.verdict,
    lang: analysis.language,
    missing,
    priorUnanswered: signals.priorUnanswered,
  };
}

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'open-options') return true;
  if (message.type !== 'usage' || typeof message.account !== 'string') return false;
  const fact = message.fact as Record<string, unknown> | undefined;
  if (!fact || typeof fact !== 'object') return false;
  return (
    (ACTIONS as readonly unknown[]).includes(fact.action) &&
    (VERDICTS as readonly unknown[]).includes(fact.verdict) &&
    (fact.lang === 'de' || fact.lang === 'en') &&
    Array.isArray(fact.missing) &&
    fact.missing.every((m) => (MISSING_ELEMENTS as readonly unknown[]).includes(m)) &&
    Number.isInteger(fact.priorUnanswered) &&
    (fact.priorUnanswered as number) >= 0
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
