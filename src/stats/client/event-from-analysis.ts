// Turns an engine Analysis into a stats event: only enums and counts, never text or addresses.
import type { Analysis, MissingElement } from '../../core';
import type { Host, StatsAction, StatsEvent } from '../event';

/**
 * The clarity elements a reminder lacked. Only reminders can lack them: an email that is not a
 * reminder (`none`) or a clean abort has nothing missing.
 */
export function missingElements(analysis: Analysis): MissingElement[] {
  if (analysis.verdict === 'none' || analysis.verdict === 'abort') return [];
  const { signals } = analysis;
  const missing: MissingElement[] = [];
  if (!signals.agreement) missing.push('agreement');
  if (!signals.value) missing.push('value');
  if (!signals.timebound) missing.push('timebound');
  return missing;
}

export function eventFromAnalysis(
  analysis: Analysis,
  action: StatsAction,
  host: Host,
  made: { id: string; ts: string; rep: string },
): StatsEvent {
  return {
    id: made.id,
    ts: made.ts,
    rep: made.rep,
    host,
    lang: analysis.language,
    verdict: analysis.verdict,
    missing: missingElements(analysis),
    priorUnanswered: Math.max(0, Math.min(1000, Math.trunc(analysis.signals.priorUnanswered))),
    action,
  };
}
