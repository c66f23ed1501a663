// Analyses shaped exactly like the engine's, so panel tests do not depend on the engine's judgement.
import type { Analysis } from '../../src/core/types';

const chaserText =
  'Hallo Herr Maier,\n\nich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?';

function span(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { text: phrase, start, end: start + phrase.length };
}

export function chaserAnalysis(newText = chaserText): Analysis {
  return {
    language: 'de',
    verdict: 'chaser',
    signals: {
      isReminder: true,
      agreement: false,
      value: false,
      timebound: false,
      abort: false,
      priorUnanswered: 2,
    },
    findings: [
      {
        id: 'de.chaser.nachhaken',
        severity: 'block',
        message: 'Leere Nachfass-Floskel ohne neuen Inhalt.',
        evidence: newText.includes('nachhaken') ? [span(newText, 'wollte nur kurz nachhaken')] : [],
      },
      {
        id: 'missing.agreement',
        severity: 'warn',
        message: 'Kein Bezug auf eine Vereinbarung.',
        evidence: [],
      },
    ],
    suggestions: [
      {
        kind: 'follow-up',
        text: 'Hallo Herr Maier,\n\nwie am 3. November vereinbart, melde ich mich wegen Ihrer Entscheidung. Passt Ihnen Dienstag, 10 Uhr?',
      },
      {
        kind: 'abort',
        text: 'Hallo Herr Maier,\n\nich schließe das Thema auf meiner Seite ab. Wenn sich etwas ändert, melden Sie sich gern.',
        recommended: true,
      },
    ],
    zones: { newText, signature: 'Viele Grüße\nJana Krüger', quoted: '', hasThread: false },
  };
}

export function followUpAnalysis(newText: string): Analysis {
  return {
    language: 'de',
    verdict: 'follow-up',
    signals: {
      isReminder: true,
      agreement: true,
      value: false,
      timebound: true,
      abort: false,
      priorUnanswered: 0,
    },
    findings: [],
    suggestions: [],
    zones: { newText, signature: '', quoted: '', hasThread: false },
  };
}

export function noneAnalysis(newText: string): Analysis {
  return {
    language: 'de',
    verdict: 'none',
    signals: {
      isReminder: false,
      agreement: false,
      value: false,
      timebound: false,
      abort: false,
      priorUnanswered: 0,
    },
    findings: [],
    suggestions: [],
    zones: { newText, signature: '', quoted: '', hasThread: false },
  };
}
