// What the panel reports about the rep's actions, for the team stats. The stats client maps these to
// its events and keeps only the allowed fields (verdict, signals, language …) — never the text.
import type { Analysis, SuggestionKind } from '../core/types';

export type PanelAction =
  | 'shown'
  | 'inserted-follow-up'
  | 'inserted-abort'
  | 'inserted-next-step'
  | 'dismissed';

export interface PanelEvent {
  action: PanelAction;
  analysis: Analysis;
  /** Which suggestion was inserted or dismissed (absent for "shown"). */
  suggestionKind?: SuggestionKind;
}

/** "add-next-step" and "reference-agreement" both complete a weak follow-up: one stats action. */
export function insertedAction(kind: SuggestionKind): PanelAction {
  if (kind === 'follow-up') return 'inserted-follow-up';
  if (kind === 'abort') return 'inserted-abort';
  return 'inserted-next-step';
}
