// One suggestion with its three actions. The data-action names are the hooks every host's tests use.
import { useId } from 'preact/hooks';
import type { Language, Suggestion, SuggestionKind } from '../../core/types';
import { usePanelStore } from '../context';
import { SuggestionText } from './SuggestionText';

const insertAction: Record<SuggestionKind, string> = {
  'follow-up': 'insert-follow-up',
  abort: 'insert-abort',
  'add-next-step': 'insert-next-step',
  'reference-agreement': 'insert-reference-agreement',
};

interface Props {
  suggestion: Suggestion;
  language: Language;
  /** Cards after the first start with their text shortened. */
  collapsible: boolean;
}

export function SuggestionCard({ suggestion, language, collapsible }: Props) {
  const store = usePanelStore();
  const t = store.catalog.value;
  const titleId = useId();
  const inserting = store.insertingKind.value;
  return (
    <li
      class="kh-suggestion"
      data-kind={suggestion.kind}
      data-recommended={suggestion.recommended ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <div class="kh-suggestion__header">
        <h4 class="kh-suggestion__title" id={titleId}>
          {t.suggestionKind[suggestion.kind]}
        </h4>
        {suggestion.recommended && <span class="kh-badge">{t.recommended}</span>}
      </div>
      <SuggestionText text={suggestion.text} language={language} collapsible={collapsible} />
      <div class="kh-suggestion__actions">
        <button
          type="button"
          class={suggestion.recommended ? 'kh-button kh-button--primary' : 'kh-button'}
          data-action={insertAction[suggestion.kind]}
          aria-describedby={titleId}
          aria-disabled={inserting ? 'true' : undefined}
          aria-busy={inserting === suggestion.kind ? 'true' : undefined}
          onClick={() => void store.insert(suggestion)}
        >
          {t.insert}
        </button>
        <button
          type="button"
          class="kh-button"
          data-action={`copy-${suggestion.kind}`}
          aria-describedby={titleId}
          onClick={() => void store.copy(suggestion)}
        >
          {t.copy}
        </button>
        <button
          type="button"
          class="kh-button kh-button--subtle"
          data-action={`dismiss-${suggestion.kind}`}
          aria-describedby={titleId}
          onClick={() => store.dismiss(suggestion)}
        >
          {t.dismiss}
        </button>
      </div>
    </li>
  );
}
