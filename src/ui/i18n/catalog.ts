// The shape every UI language provides. Sentences live here, never in components or logic.
import type { MissingElement, Severity, SuggestionKind, Verdict } from '../../core/types';
import type { HostError, InsertResult } from '../host';

export type ErrorKey = HostError['code'] | 'analysis-failed' | 'unknown';

export interface Catalog {
  panelLabel: string;
  verdict: Record<Verdict, string>;
  explanation: Record<Exclude<Verdict, 'weak'>, string> & { weak: (missing: string) => string };
  missingElement: Record<MissingElement, string>;
  joinList: (items: string[]) => string;
  verdictAnnouncement: (label: string) => string;
  severity: Record<Severity, string>;
  quote: (text: string) => string;
  findingsHeading: string;
  excerptHeading: string;
  suggestionsHeading: string;
  suggestionKind: Record<SuggestionKind, string>;
  recommended: string;
  insert: string;
  copy: string;
  dismiss: string;
  showFullText: string;
  showLess: string;
  showDismissed: (count: number) => string;
  insertResult: Record<InsertResult['mode'], string>;
  copied: string;
  copyFailed: string;
  closeNotice: string;
  recheck: string;
  checking: string;
  loading: string;
  empty: string;
  errors: Record<ErrorKey, string>;
  retry: string;
  privacy: string;
}
