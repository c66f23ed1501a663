// The messages between the content script (in Gmail) and the service worker, as one discriminated
// union each way, checked on arrival: a message from anywhere else is refused, never trusted.
import type { Language, MissingElement, Verdict } from '../core/types';

/** What the rep did; the only facts a stats event carries (no text, no addresses). */
export type RepAction =
  | 'held-back'
  | 'sent-anyway'
  | 'inserted-follow-up'
  | 'inserted-abort'
  | 'inserted-other'
  | 'dismissed';

export interface UsageFact {
  action: RepAction;
  verdict: Verdict;
  language: Language;
  missing: MissingElement[];
  priorUnanswered: number;
}

export type ContentMessage = { type: 'open-options' } | { type: 'usage'; fact: UsageFact };

export type WorkerReply = { ok: true } | { ok: false; error: string };

const actions: readonly RepAction[] = [
  'held-back',
  'sent-anyway',
  'inserted-follow-up',
  'inserted-abort',
  'inserted-other',
  'dismissed',
];
const verdicts: readonly Verdict[] = ['none', 'chaser', 'weak', 'follow-up', 'abort'];
const missingElements: readonly MissingElement[] = ['agreement', 'value', 'timebound'];

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'open-options') return true;
  if (message.type !== 'usage' || !message.fact || typeof message.fact !== 'object') return false;
  const fact = message.fact as Record<string, unknown>;
  return (
    actions.includes(fact.action as RepAction) &&
    verdicts.includes(fact.verdict as Verdict) &&
    (fact.language === 'de' || fact.language === 'en') &&
    Array.isArray(fact.missing) &&
    fact.missing.every((m) => missingElements.includes(m as MissingElement)) &&
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
