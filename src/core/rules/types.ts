// A rule is data: one phrase family in one language, what it signals, the message the rep sees, and
// examples that must (flag) and must not (pass) match. `test/core/rules.test.ts` runs every example.
import type { Language } from '../types';

/** What a rule's match tells the engine. Each kind is read in exactly one place in signals.ts. */
export type RuleSignal =
  /** An empty chaser phrase: "just checking in", "wollte nur kurz nachhaken". */
  | 'chaser'
  /** Pressure or guilt: "last chance", "das Mindeste", "disappointed". */
  | 'pressure'
  /** Re-sending the same thing: "attached again", "noch einmal im Anhang". */
  | 'reattach'
  /** A concrete prior agreement that makes this contact expected: "wie vereinbart", "you asked me to check back". */
  | 'agreement'
  /** Delivering what was promised ("wie gewünscht", "as promised"): an agreement, but not a reminder by itself. */
  | 'agreement-delivery'
  /** "as discussed" without content: an agreement only when the sentence also names a concrete time. */
  | 'agreement-soft'
  /** Something new for the recipient: news, a revised document, a concrete new option. */
  | 'value'
  /** A clean close of the matter: "ich schließe den Vorgang", "I'll close the file". */
  | 'abort'
  /** Supports an abort but does not close on its own: "I don't want to clutter your inbox". */
  | 'abort-soft'
  /** The earlier open matter this mail is about: "unser Angebot", "the proposal". */
  | 'open-matter'
  /** An explicit look back at the sender's earlier contact: "das ich Ihnen im Februar geschickt habe", "since our tour". */
  | 'recontact'
  /** A context that is not a sales reminder: invoices, recaps, order confirmations, appointment reminders. */
  | 'not-reminder'
  /** Asking a colleague to chase ("kannst du bitte nachhaken"): internal, never a reminder to the prospect. */
  | 'delegation'
  /** A concrete time: a date, weekday, clock time, deadline, calendar week. */
  | 'time'
  /** A vague time that is not a commitment: "zeitnah", "soon", "in the coming days". */
  | 'vague-time'
  /** Words right before a time that put it in the past: "vom", "seit", "since", "on our call on". */
  | 'past-marker'
  /** Past verbs: right after a time ("am 17.11. vereinbart") or anywhere in a sentence without a next step. */
  | 'past-verb'
  /** Words that make a time a next step: "rufe ich Sie an", "does … work", "bis". */
  | 'future-cue'
  /** In the recipient's quoted message: a next step they set ("get back to me after the 24th"). */
  | 'thread-agreement';

export interface RuleSpec {
  /** `<lang>.<signal>.<name>`, unique. */
  id: string;
  signal: RuleSignal;
  /**
   * Case-insensitive. Write plain words: the compiler makes spaces match any whitespace, ä/ö/ü/ß also
   * match ae/oe/ue/ss, and ' matches ’. Only non-capturing groups; no lookbehind (ES2016 runtime).
   * Matches must start and end at word boundaries (checked by the matcher, since `\b` ignores umlauts).
   */
  pattern: RegExp;
  /**
   * Shown to the rep next to the quoted phrase, in the rule's language: chaser and pressure rules
   * (findings.ts). Other signals are explained by their finding's own message (messages.ts).
   */
  message?: string;
  /** Texts the rule must match; the [bracketed] part is the expected evidence span. */
  flag: string[];
  /** Texts the rule must not match. */
  pass: string[];
}

export interface RulePart {
  /** Global: scans the text for matches. */
  regex: RegExp;
  /**
   * Sets of words; every match contains a word of each set (anchors.ts). No sets: nothing is known,
   * the part always runs.
   */
  wordSets: string[][];
  /** Words one of which every match starts with (anchors.ts), or null. */
  leading: string[] | null;
  /** The alternative starts with `^`: it can only match at the start of the text. */
  atStart: boolean;
  /** Sticky: tries a match exactly at one position (where a leading word begins, or at 0). */
  sticky: RegExp | null;
}

export interface Rule extends RuleSpec {
  lang: Language;
  /**
   * The pattern's top-level alternatives, each compiled on its own (for lower-cased text) with the
   * words its matches must contain and start with (anchors.ts). A rule with twenty alternatives then
   * costs a few lookups, not twenty regex scans.
   */
  parts: RulePart[];
}
