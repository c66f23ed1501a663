import type { MissingElement, Signals } from '../core/types';

/** What a reminder lacks to be a defined follow-up: an agreement and a concrete time. */
export function missingForFollowUp(signals: Signals): MissingElement[] {
  const missing: MissingElement[] = [];
  if (!signals.agreement) missing.push('agreement');
  if (!signals.timebound) missing.push('timebound');
  return missing;
}
