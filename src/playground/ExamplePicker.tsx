// Buttons that load the example drafts, grouped by language.
import type { Language } from '../core/types';
import { examples } from './examples';
import type { PlaygroundState } from './state';
import type { PlaygroundTexts } from './texts';

const languages: Language[] = ['de', 'en'];

export function ExamplePicker({ state, t }: { state: PlaygroundState; t: PlaygroundTexts }) {
  return (
    <fieldset class="pg-examples">
      <legend class="pg-label">{t.examples}</legend>
      {languages.map((language) => (
        <div key={language} class="pg-examples__row">
          <span class="pg-examples__language">{t.exampleLanguage[language]}</span>
          {examples
            .filter((example) => example.language === language)
            .map((example) => (
              <button
                key={example.id}
                type="button"
                class="pg-chip"
                data-example={example.id}
                lang={language}
                onClick={() => state.loadExample(example)}
              >
                {t.exampleLabel[example.shows]}
              </button>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
