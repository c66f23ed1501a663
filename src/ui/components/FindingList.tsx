// Each finding: why the verdict came out this way, with the phrases it is based on.
import type { Finding, Language } from '../../core/types';
import { usePanelStore } from '../context';

interface Props {
  findings: Finding[];
  /** The email's language: the engine writes the messages in it. */
  language: Language;
  headingId: string;
}

export function FindingList({ findings, language, headingId }: Props) {
  const t = usePanelStore().catalog.value;
  if (findings.length === 0) return null;
  return (
    <section class="kh-section" aria-labelledby={headingId}>
      <h3 class="kh-section__heading" id={headingId}>
        {t.findingsHeading}
      </h3>
      <ul class="kh-findings" lang={language}>
        {findings.map((finding) => (
          <li key={finding.id} class="kh-finding" data-finding={finding.id} data-severity={finding.severity}>
            <span class="kh-finding__icon" aria-hidden="true" />
            <div>
              <span class="kh-visually-hidden">{t.severity[finding.severity]}: </span>
              <span class="kh-finding__message">{finding.message}</span>
              {finding.evidence.length > 0 && (
                <span class="kh-finding__quotes">
                  {finding.evidence.map((e) => (
                    <span key={`${e.start}-${e.end}`} class="kh-quote" data-evidence={e.text}>
                      {t.quote(e.text)}
                    </span>
                  ))}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
