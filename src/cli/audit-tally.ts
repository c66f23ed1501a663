// Counts what an audit found. Keeps only aggregates: verdict counts, missing elements, and how
// often each flagged chaser phrase occurred — never which message said what, nor any address.
import type { Analysis, Finding, MissingElement, Verdict } from '../core';

export interface AuditSummary {
  /** Messages read from the mailbox. */
  messages: number;
  /** Those analysed: all of them, or the ones sent by --from. */
  analyzed: number;
  /** Messages that could not be parsed or analysed (too large, broken MIME, no text part). */
  failed: number;
  reminders: number;
  verdicts: Record<Verdict, number>;
  /** How often each clarity element was missing from a chaser or weak reminder. */
  missing: Record<MissingElement, number>;
  mostMissing: MissingElement | null;
  /** The most frequent quoted chaser phrases, normalised (lower case, single spaces). */
  chaserPhrases: { phrase: string; count: number }[];
}

const MISSING_ORDER: MissingElement[] = ['agreement', 'value', 'timebound'];

/** The engine's finding that quotes an empty chaser phrase (src/core/findings.ts). */
export function isChaserPhrase(finding: Finding): boolean {
  return finding.id === 'chaser-phrase';
}

export class AuditTally {
  private messages = 0;
  private analyzed = 0;
  private failed = 0;
  private verdicts: Record<Verdict, number> = { none: 0, chaser: 0, weak: 0, 'follow-up': 0, abort: 0 };
  private missing: Record<MissingElement, number> = { agreement: 0, value: 0, timebound: 0 };
  private phrases = new Map<string, number>();

  /** A message not analysed because it was not sent by --from. */
  skip(): void {
    this.messages++;
  }

  fail(): void {
    this.messages++;
    this.failed++;
  }

  add(analysis: Analysis): void {
    this.messages++;
    this.analyzed++;
    this.verdicts[analysis.verdict]++;
    if (analysis.verdict === 'chaser' || analysis.verdict === 'weak') {
      for (const element of MISSING_ORDER) if (!analysis.signals[element]) this.missing[element]++;
    }
    for (const finding of analysis.findings) {
      if (!isChaserPhrase(finding)) continue;
      for (const { text } of finding.evidence) {
        const phrase = normalisePhrase(text);
        if (phrase) this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) + 1);
      }
    }
  }

  summary(topPhrases = 10): AuditSummary {
    const v = this.verdicts;
    const mostMissing = MISSING_ORDER.reduce<MissingElement | null>(
      (best, e) => (this.missing[e] > (best ? this.missing[best] : 0) ? e : best),
      null,
    );
    return {
      messages: this.messages,
      analyzed: this.analyzed,
      failed: this.failed,
      reminders: v.chaser + v.weak + v['follow-up'] + v.abort,
      verdicts: { ...v },
      missing: { ...this.missing },
      mostMissing,
      chaserPhrases: [...this.phrases]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, topPhrases)
        .map(([phrase, count]) => ({ phrase, count })),
    };
  }
}

function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?…–-]+|[\s,.;:!?…–-]+$/g, '');
}
