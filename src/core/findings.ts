// Findings explain the verdict, each quoting its evidence from the new text.
import type { RuleMatch } from './match';
import { message } from './messages';
import type { SignalResult } from './signals';
import type { Evidence, Finding, Language, ThreadAgreement, Verdict } from './types';

export interface FindingsInput {
  lang: Language;
  verdict: Verdict;
  result: SignalResult;
  threadAgreement?: ThreadAgreement;
  abortThreshold: number;
}

export function buildFindings({
  lang,
  verdict,
  result,
  threadAgreement,
  abortThreshold,
}: FindingsInput): Finding[] {
  const { signals, evidence } = result;
  const findings: Finding[] = [];
  const add = (id: string, severity: Finding['severity'], text: string, matches: RuleMatch[] = []) =>
    findings.push({ id, severity, message: text, evidence: toEvidence(matches) });

  if (verdict === 'none') return findings;
  if (verdict === 'abort') {
    add('clean-abort', 'info', message(lang, 'clean-abort'), evidence.abort);
    return findings;
  }

  for (const m of evidence.pressure)
    add('pressure', 'block', m.rule.message ?? message(lang, 'pressure'), [m]);
  const isChaser = verdict === 'chaser';
  for (const m of evidence.chaser) {
    add('chaser-phrase', isChaser ? 'warn' : 'info', m.rule.message ?? message(lang, 'chaser-phrase'), [m]);
  }
  if (evidence.reattach.length > 0) add('reattached', 'warn', message(lang, 'reattached'), evidence.reattach);

  if (signals.agreement)
    add('agreement-present', 'info', message(lang, 'agreement-present'), evidence.agreement);
  else
    add(
      'no-agreement',
      isChaser ? 'warn' : 'info',
      message(lang, 'no-agreement'),
      evidence.openMatter.slice(0, 1),
    );

  if (signals.value) add('value-present', 'info', message(lang, 'value-present'), evidence.value.slice(0, 3));
  else add('no-value', isChaser ? 'warn' : 'info', message(lang, 'no-value'), evidence.chaser.slice(0, 1));

  if (signals.timebound) add('time-present', 'info', message(lang, 'time-present'), evidence.time);
  else if (evidence.vagueTime.length > 0) {
    const vague = evidence.vagueTime[0];
    add('no-time', 'warn', message(lang, 'vague-time', { text: vague.text }), [vague]);
  } else add('no-time', verdict === 'weak' ? 'warn' : 'info', message(lang, 'no-time'));

  if (signals.priorUnanswered >= 1) {
    const n = signals.priorUnanswered + 1;
    add(
      'nth-reminder',
      signals.priorUnanswered >= abortThreshold ? 'warn' : 'info',
      message(lang, 'nth-reminder', { n }),
    );
    if (signals.priorUnanswered >= abortThreshold) {
      add('abort-recommended', 'warn', message(lang, 'abort-recommended', { n: signals.priorUnanswered }));
    }
  }
  if (threadAgreement && !signals.agreement) {
    add(
      'thread-agreement-unreferenced',
      'warn',
      message(lang, 'thread-agreement-unreferenced', { text: threadAgreement.text }),
    );
  }
  return findings;
}

function toEvidence(matches: RuleMatch[]): Evidence[] {
  return matches.map((m) => ({ text: m.text, start: m.start, end: m.end }));
}
