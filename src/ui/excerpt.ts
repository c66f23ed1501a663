// Cuts the new text into plain and highlighted parts for the excerpt: every evidence span is marked,
// long stretches between them shrink to their edges so the excerpt stays short in a 320 px pane.
import type { Finding, Severity } from '../core/types';

export type ExcerptPart =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; text: string; severity: Severity }
  | { kind: 'gap' };

interface Span {
  start: number;
  end: number;
  severity: Severity;
}

const severityRank: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/** Characters of context kept on each side of a highlight. */
const CONTEXT = 60;

export function excerptParts(newText: string, findings: Finding[]): ExcerptPart[] {
  const spans = mergeSpans(evidenceSpans(newText, findings));
  if (spans.length === 0) return [];
  const parts: ExcerptPart[] = [];
  let position = 0;
  for (const [index, span] of spans.entries()) {
    const plain = newText.slice(position, span.start);
    parts.push(...shorten(plain, index === 0 ? 'keep-end' : 'keep-both'));
    parts.push({ kind: 'mark', text: newText.slice(span.start, span.end), severity: span.severity });
    position = span.end;
  }
  parts.push(...shorten(newText.slice(position), 'keep-start'));
  return parts.filter((p) => p.kind !== 'text' || p.text !== '');
}

/** Only spans that really point at their text: a wrong highlight is worse than none. */
function evidenceSpans(newText: string, findings: Finding[]): Span[] {
  return findings.flatMap((finding) =>
    finding.evidence
      .filter((e) => e.end > e.start && newText.slice(e.start, e.end) === e.text)
      .map((e) => ({ start: e.start, end: e.end, severity: finding.severity })),
  );
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (severityRank[span.severity] > severityRank[last.severity]) last.severity = span.severity;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

function shorten(text: string, keep: 'keep-start' | 'keep-end' | 'keep-both'): ExcerptPart[] {
  const limit = keep === 'keep-both' ? 2 * CONTEXT + 20 : CONTEXT + 10;
  if (text.length <= limit) return [{ kind: 'text', text }];
  const head = { kind: 'text' as const, text: text.slice(0, CONTEXT).replace(/\s*\S*$/, ' ') };
  const tail = { kind: 'text' as const, text: text.slice(-CONTEXT).replace(/^\S*\s*/, ' ') };
  const gap = { kind: 'gap' as const };
  if (keep === 'keep-start') return [head, gap];
  if (keep === 'keep-end') return [gap, tail];
  return [head, gap, tail];
}
