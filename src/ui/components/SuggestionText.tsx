// A suggestion's text. Only the first card shows it in full; the others start as a few lines so a
// 320 px task pane is not one long scroll — the rep can expand them, and Insert/Copy use the full text.
import { useId, useState } from 'preact/hooks';
import type { Language } from '../../core/types';
import { usePanelStore } from '../context';

const COLLAPSE_OVER_LINES = 6;
const COLLAPSE_OVER_CHARS = 280;

interface Props {
  text: string;
  language: Language;
  collapsible: boolean;
}

export function SuggestionText({ text, language, collapsible }: Props) {
  const t = usePanelStore().catalog.value;
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const long = text.split('\n').length > COLLAPSE_OVER_LINES || text.length > COLLAPSE_OVER_CHARS;
  const canCollapse = collapsible && long;
  return (
    <>
      <p
        class="kh-suggestion__text"
        id={id}
        lang={language}
        data-collapsed={canCollapse && !expanded ? '' : undefined}
      >
        {text}
      </p>
      {canCollapse && (
        <button
          type="button"
          class="kh-button kh-button--link"
          data-action="toggle-text"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.showLess : t.showFullText}
        </button>
      )}
    </>
  );
}
