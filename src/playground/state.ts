// The playground's draft as signals. Created once in main.tsx and passed down — no module globals.
import { type Signal, signal } from '@preact/signals';
import type { BodyFormat, Language } from '../core/types';
import { type Example, examples } from './examples';
import { htmlToText, textToHtml } from './format';

export type DraftLanguageChoice = 'auto' | Language;

export interface PlaygroundState {
  subject: Signal<string>;
  body: Signal<string>;
  format: Signal<BodyFormat>;
  draftLanguage: Signal<DraftLanguageChoice>;
  uiLanguage: Signal<Language>;
  /** Counts example loads, so the body field can scroll back to the top of a newly loaded draft. */
  exampleLoads: Signal<number>;
  loadExample(example: Example): void;
  switchFormat(format: BodyFormat): void;
}

export function createPlaygroundState(uiLanguage: Language): PlaygroundState {
  const state: PlaygroundState = {
    subject: signal(''),
    body: signal(''),
    format: signal<BodyFormat>('text'),
    draftLanguage: signal<DraftLanguageChoice>('auto'),
    uiLanguage: signal(uiLanguage),
    exampleLoads: signal(0),
    loadExample(example) {
      state.subject.value = example.subject;
      state.body.value = state.format.value === 'html' ? textToHtml(example.body) : example.body;
      state.exampleLoads.value++;
    },
    switchFormat(format) {
      if (format === state.format.value) return;
      state.body.value = format === 'html' ? textToHtml(state.body.value) : htmlToText(state.body.value);
      state.format.value = format;
    },
  };
  const first = examples.find((e) => e.language === uiLanguage && e.shows === 'chaser');
  if (first) state.loadExample(first);
  return state;
}
