// The suggestions, recommended first; dismissed ones can be brought back.
import type { Language } from '../../core/types';
import { usePanelStore } from '../context';
import { SuggestionCard } from './SuggestionCard';

export function SuggestionList({ language, headingId }: { language: Language; headingId: string }) {
  const store = usePanelStore();
  const t = store.catalog.value;
  const suggestions = store.visibleSuggestions.value;
  const dismissedCount = store.dismissed.value.size;
  if (suggestions.length === 0 && dismissedCount === 0) return null;
  return (
    <section class="kh-section" aria-labelledby={headingId}>
      <h3 class="kh-section__heading" id={headingId}>
        {t.suggestionsHeading}
      </h3>
      <ul class="kh-suggestions">
        {suggestions.map((suggestion, index) => (
          <SuggestionCard
            key={suggestion.kind}
            suggestion={suggestion}
            language={language}
            collapsible={index > 0}
          />
        ))}
      </ul>
      {dismissedCount > 0 && (
        <button
          type="button"
          class="kh-button kh-button--link"
          data-action="show-dismissed"
          onClick={store.restoreDismissed}
        >
          {t.showDismissed(dismissedCount)}
        </button>
      )}
    </section>
  );
}
