// The engine's contract (SPEC.md "The analysis"). Field names are stable: tests, the CLI's --json
// output, the hosts and the stats events all depend on them.

export type Language = 'de' | 'en';
export type Verdict = 'none' | 'chaser' | 'weak' | 'follow-up' | 'abort';
export type Severity = 'info' | 'warn' | 'block';
export type BodyFormat = 'html' | 'text';

/** A clarity element a reminder can lack; what team leads see instead of activity counts. */
export type MissingElement = 'agreement' | 'value' | 'timebound';

export interface Person {
  name?: string;
  email?: string;
}

export interface AnalysisInput {
  subject: string;
  /** The whole compose body: new text, signature and quoted thread. */
  body: string;
  format: BodyFormat;
  /** The sender, when the host knows it; otherwise inferred from the sign-off and the thread. */
  from?: Person;
  /** The recipients from the To line, when the host knows them (used to address suggestions). */
  to?: Person[];
  /** "Now" for date maths (ISO string or Date); defaults to the current time. */
  now?: string | Date;
  /** A hint (e.g. the host's display language) used only when the text itself is too short to tell. */
  locale?: string;
}

export interface AnalysisOptions {
  /** priorUnanswered at or above this makes the abort the recommended suggestion. */
  abortThreshold?: number;
  /** Forces the language instead of detecting it. */
  language?: Language;
}

/** A quoted span of the new text: `text === newText.slice(start, end)` (UTF-16 offsets). */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
}

export type SuggestionKind = 'follow-up' | 'abort' | 'add-next-step' | 'reference-agreement';

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
  html?: string;
  /** True for the one suggestion the panel shows first. */
  recommended?: boolean;
}

export interface Signals {
  isReminder: boolean;
  agreement: boolean;
  value: boolean;
  timebound: boolean;
  abort: boolean;
  priorUnanswered: number;
}

export interface ThreadAgreement {
  text: string;
  date?: string;
}

export interface Analysis {
  language: Language;
  verdict: Verdict;
  signals: Signals;
  findings: Finding[];
  suggestions: Suggestion[];
  threadAgreement?: ThreadAgreement;
  /** The zones the engine read, so hosts can replace the new text and keep the rest. */
  zones: Zones;
}

/** Where the parts of the body are. Offsets index the plain text produced from the body. */
export interface Zones {
  /** The text the rep wrote for this message (what signals and evidence refer to). */
  newText: string;
  signature: string;
  quoted: string;
  /** True when a quoted thread was found (false means "unknown", not "no earlier messages"). */
  hasThread: boolean;
}
