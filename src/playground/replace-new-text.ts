// Interim: puts a suggestion in place of the draft's new text for the playground, until the shared
// src/core/insert.ts lands. Text bodies are replaced exactly; HTML gets the suggestion on top.
import { analyze } from '../core';
import type { AnalysisInput, Suggestion } from '../core/types';
import type { InsertResult } from '../ui/host';

export function replaceNewText(
  draft: AnalysisInput,
  suggestion: Suggestion,
): { body: string } & InsertResult {
  const newText = analyze(draft).zones.newText.trim();
  const at = newText ? draft.body.indexOf(newText) : -1;
  if (draft.format === 'text' && at !== -1) {
    return {
      body: draft.body.slice(0, at) + suggestion.text + draft.body.slice(at + newText.length),
      mode: 'replaced',
    };
  }
  const inserted =
    draft.format === 'html'
      ? (suggestion.html ?? `<div>${escapeHtml(suggestion.text)}</div>`)
      : suggestion.text;
  return {
    body: `${inserted}${draft.format === 'html' ? '' : '\n\n'}${draft.body}`,
    mode: 'inserted-at-cursor',
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}
