// PLACEHOLDER: the engine work replaces this with the real pipeline (zoning → language → signals →
// verdict → findings → suggestions). The signature is the contract.
import type { Analysis, AnalysisInput, AnalysisOptions } from './types';
import { zoneBody } from './zoning';

export function analyze(input: AnalysisInput, _options: AnalysisOptions = {}): Analysis {
  const zoned = zoneBody(input.body, input.format);
  const isChaser = /checking in|nachhaken/i.test(zoned.newText);
  return {
    language: /[äöüß]|\b(ich|und|Sie)\b/.test(zoned.newText) ? 'de' : 'en',
    verdict: isChaser ? 'chaser' : 'none',
    signals: {
      isReminder: isChaser,
      agreement: false,
      value: false,
      timebound: false,
      abort: false,
      priorUnanswered: 0,
    },
    findings: [],
    suggestions: [],
    zones: {
      newText: zoned.newText,
      signature: zoned.signature,
      quoted: zoned.quoted,
      hasThread: zoned.hasThread,
    },
  };
}
