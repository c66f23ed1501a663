// The verdict follows from the signals exactly as SCHEMA.md defines it.
import type { Signals, Verdict } from './types';

export function decideVerdict(s: Signals): Verdict {
  if (!s.isReminder) return 'none';
  if (s.abort) return 'abort';
  if (!s.agreement && !s.value) return 'chaser';
  if (s.agreement && s.timebound) return 'follow-up';
  return 'weak';
}
