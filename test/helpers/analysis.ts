// A hand-made Analysis in the engine's exact shape, for tests of what consumes one (CLI tallies, the
// on-send dialog, corpus scoring) without depending on the engine's own judgement.
import type { Analysis, Finding, Language, Signals, Verdict } from '../../src/core/types';

export interface AnalysisParts {
  signals?: Partial<Signals>;
  findings?: Finding[];
  language?: Language;
  newText?: string;
}

export function analysisOf(verdict: Verdict, parts: AnalysisParts = {}): Analysis {
  return {
    language: parts.language ?? 'de',
    verdict,
    signals: {
      isReminder: verdict !== 'none',
      agreement: false,
      value: false,
      timebound: false,
      abort: verdict === 'abort',
      priorUnanswered: 0,
      ...parts.signals,
    },
    findings: parts.findings ?? [],
    suggestions: [],
    zones: { newText: parts.newText ?? '', signature: '', quoted: '', hasThread: false },
  };
}

/** A chaser-phrase finding quoting `texts` (offsets from 0: these tests do not read them). */
export function phraseFinding(id: string, ...texts: string[]): Finding {
  return {
    id,
    severity: 'warn',
    message: 'Leere Nachfass-Formel',
    evidence: texts.map((text) => ({ text, start: 0, end: text.length })),
  };
}
