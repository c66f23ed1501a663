// The rep's new text with the quoted phrases highlighted, so they see where each finding comes from.
import type { Analysis } from '../../core/types';
import { usePanelStore } from '../context';
import { excerptParts } from '../excerpt';

export function TextExcerpt({ analysis, headingId }: { analysis: Analysis; headingId: string }) {
  const t = usePanelStore().catalog.value;
  const parts = excerptParts(analysis.zones.newText, analysis.findings);
  if (parts.length === 0) return null;
  return (
    <section class="kh-section" aria-labelledby={headingId}>
      <h3 class="kh-section__heading" id={headingId}>
        {t.excerptHeading}
      </h3>
      <blockquote class="kh-excerpt" lang={analysis.language}>
        {parts.map((part, index) =>
          part.kind === 'gap' ? (
            <span key={index} class="kh-excerpt__gap">
              …
            </span>
          ) : part.kind === 'mark' ? (
            <mark key={index} class="kh-mark" data-severity={part.severity}>
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </blockquote>
    </section>
  );
}
