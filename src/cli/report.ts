// The human-readable report of one analysis: verdict first, then why (findings with the quoted
// phrases), then what to send instead. Plain text that reads well in a terminal and in a pipe.
import type { Analysis, Finding, Suggestion, Verdict } from '../core';
import type { Paint, Style } from './colour';

const VERDICT_TEXT: Record<Verdict, { label: string; explain: string; style: Style }> = {
  none: { label: 'not a reminder', explain: 'nothing to check', style: 'dim' },
  chaser: { label: 'CHASER', explain: 'a reminder with no agreement and no new value', style: 'red' },
  weak: { label: 'WEAK', explain: 'a reminder that lacks an agreement or a concrete time', style: 'yellow' },
  'follow-up': { label: 'FOLLOW-UP', explain: 'refers to an agreement and names a time', style: 'green' },
  abort: { label: 'CLEAN ABORT', explain: 'closes the matter respectfully', style: 'green' },
};

const SUGGESTION_TEXT: Record<Suggestion['kind'], string> = {
  'follow-up': 'Defined follow-up',
  abort: 'Clean abort',
  'add-next-step': 'Add a dated next step',
  'reference-agreement': 'Reference the agreement',
};

const SEVERITY_MARK: Record<Finding['severity'], [string, Style]> = {
  block: ['✖', 'red'],
  warn: ['!', 'yellow'],
  info: ['·', 'dim'],
};

export function formatReport(analysis: Analysis, title: string, paint: Paint): string {
  const verdict = VERDICT_TEXT[analysis.verdict];
  const s = analysis.signals;
  const lines = [
    `${paint('bold', title)}  ${paint('bold', paint(verdict.style, verdict.label))} — ${verdict.explain} (${analysis.language})`,
  ];
  if (s.isReminder) {
    const flag = (on: boolean) => (on ? 'yes' : 'no');
    lines.push(
      paint(
        'dim',
        `  agreement: ${flag(s.agreement)} · new value: ${flag(s.value)} · concrete time: ${flag(s.timebound)}` +
          ` · earlier unanswered: ${s.priorUnanswered}`,
      ),
    );
  }
  if (analysis.threadAgreement) {
    const date = analysis.threadAgreement.date ? ` (${analysis.threadAgreement.date})` : '';
    lines.push(`  Agreement in the quoted thread${date}: "${oneLine(analysis.threadAgreement.text)}"`);
  }
  if (analysis.findings.length > 0) {
    lines.push('', paint('bold', 'Findings'));
    for (const finding of analysis.findings) {
      const [mark, style] = SEVERITY_MARK[finding.severity];
      lines.push(`  ${paint(style, mark)} ${finding.message}`);
      for (const evidence of finding.evidence)
        lines.push(`      ${paint('cyan', `"${oneLine(evidence.text)}"`)}`);
    }
  }
  if (analysis.suggestions.length > 0) {
    lines.push('', paint('bold', 'Suggestions'));
    for (const suggestion of analysis.suggestions) {
      const recommended = suggestion.recommended ? paint('green', ' (recommended)') : '';
      lines.push(`  ${SUGGESTION_TEXT[suggestion.kind]}${recommended}`);
      lines.push(...suggestion.text.split('\n').map((line) => (line ? `    ${line}` : '')));
      lines.push('');
    }
    lines.pop();
  }
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
