// The playground page: a draft on the left, the same panel the add-ins show on the right.
import { useEffect, useMemo } from 'preact/hooks';
import type { Language } from '../core/types';
import { Panel } from '../ui/Panel';
import { panelSettings } from '../ui/settings';
import { DraftForm } from './DraftForm';
import { ExamplePicker } from './ExamplePicker';
import { PlaygroundHost } from './PlaygroundHost';
import type { PlaygroundState } from './state';
import { playgroundTexts } from './texts';

export function Playground({ state }: { state: PlaygroundState }) {
  const host = useMemo(() => new PlaygroundHost(state), [state]);
  const uiLanguage = state.uiLanguage.value;
  const draftLanguage = state.draftLanguage.value;
  const t = playgroundTexts[uiLanguage];
  useEffect(() => {
    document.documentElement.lang = uiLanguage;
    document.title = t.title;
  }, [uiLanguage, t]);
  const settings = panelSettings(uiLanguage, {
    draftLanguage: draftLanguage === 'auto' ? undefined : draftLanguage,
  });
  return (
    <div class="pg-page" lang={uiLanguage}>
      <header class="pg-header">
        <div>
          <h1 class="pg-title">{t.title}</h1>
          <p class="pg-intro">{t.intro}</p>
        </div>
        <label class="pg-field pg-field--inline">
          <span class="pg-label">{t.uiLanguage}</span>
          <select
            name="ui-language"
            value={uiLanguage}
            onChange={(event) => {
              state.uiLanguage.value = event.currentTarget.value as Language;
            }}
          >
            <option value="de" lang="de">
              Deutsch
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </header>
      <main class="pg-main">
        <section class="pg-draft" aria-label={t.body}>
          <ExamplePicker state={state} t={t} />
          <DraftForm state={state} t={t} />
        </section>
        <aside class="pg-pane" aria-label={t.paneTitle}>
          <div class="pg-pane__title" aria-hidden="true">
            {t.paneTitle}
          </div>
          <Panel host={host} settings={settings} />
        </aside>
      </main>
      <footer class="pg-footer">{t.privacy}</footer>
    </div>
  );
}
