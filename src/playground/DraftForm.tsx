// The draft being checked: subject, body, its format and language.
import { useEffect, useRef } from 'preact/hooks';
import type { BodyFormat } from '../core/types';
import type { DraftLanguageChoice, PlaygroundState } from './state';
import type { PlaygroundTexts } from './texts';

export function DraftForm({ state, t }: { state: PlaygroundState; t: PlaygroundTexts }) {
  const format = state.format.value;
  const exampleLoads = state.exampleLoads.value;
  const bodyField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (bodyField.current) bodyField.current.scrollTop = 0;
  }, [exampleLoads]);
  return (
    <form class="pg-form" onSubmit={(event) => event.preventDefault()}>
      <div class="pg-options">
        <fieldset class="pg-segmented">
          <legend class="pg-label">{t.format}</legend>
          {(['text', 'html'] as BodyFormat[]).map((value) => (
            <label key={value} class="pg-segmented__option">
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => state.switchFormat(value)}
              />
              <span>{value === 'html' ? t.formatHtml : t.formatText}</span>
            </label>
          ))}
        </fieldset>
        <label class="pg-field">
          <span class="pg-label">{t.draftLanguage}</span>
          <select
            name="draft-language"
            value={state.draftLanguage.value}
            onChange={(event) => {
              state.draftLanguage.value = event.currentTarget.value as DraftLanguageChoice;
            }}
          >
            <option value="auto">{t.languageAuto}</option>
            <option value="de">{t.languageName.de}</option>
            <option value="en">{t.languageName.en}</option>
          </select>
        </label>
      </div>
      <label class="pg-field">
        <span class="pg-label">{t.subject}</span>
        <input
          type="text"
          name="subject"
          value={state.subject.value}
          onInput={(event) => {
            state.subject.value = event.currentTarget.value;
          }}
        />
      </label>
      <label class="pg-field pg-field--grow">
        <span class="pg-label">{t.body}</span>
        <textarea
          ref={bodyField}
          name="body"
          spellcheck={false}
          aria-describedby="pg-body-hint"
          value={state.body.value}
          onInput={(event) => {
            state.body.value = event.currentTarget.value;
          }}
        />
        <span class="pg-hint" id="pg-body-hint">
          {format === 'html' ? t.bodyHintHtml : t.bodyHintText}
        </span>
      </label>
    </form>
  );
}
