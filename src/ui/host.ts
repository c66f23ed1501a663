// What the shared panel needs from wherever it runs (Outlook task pane, Gmail compose, playground).
// Each host adapter implements this; the panel never touches Office.js or Gmail's DOM itself.
import type { AnalysisInput, Language, Suggestion } from '../core/types';

export type HostKind = 'outlook' | 'gmail' | 'playground';

/** The draft as the engine needs it. */
export type DraftSnapshot = AnalysisInput;

export interface InsertResult {
  /** "replaced": the rep's new text was replaced, signature and thread kept as they were.
   *  "inserted-at-cursor": the host could not replace safely and inserted at the cursor instead. */
  mode: 'replaced' | 'inserted-at-cursor';
}

export interface DraftHost {
  kind: HostKind;
  /** The UI language the host itself uses (Outlook's display language, the browser's). */
  displayLanguage(): Language;
  read(): Promise<DraftSnapshot>;
  /** Puts the suggestion in place of the rep's new text. Must never lose the draft. */
  insert(suggestion: Suggestion): Promise<InsertResult>;
  /** Calls back when the draft may have changed (the panel debounces and re-reads). Returns unsubscribe. */
  onChange(callback: () => void): () => void;
}

/** A host call failed in a way the rep should see (a friendly state, not a blank pane). */
export class HostError extends Error {
  constructor(
    readonly code: 'unsupported' | 'read-failed' | 'write-failed' | 'not-in-host',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
