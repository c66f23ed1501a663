// The verdict in one coloured line plus one sentence saying why.
import type { Analysis } from '../../core/types';
import { usePanelStore } from '../context';
import type { Catalog } from '../i18n';
import { missingForFollowUp } from '../verdict';

export function VerdictBanner({ analysis }: { analysis: Analysis }) {
  const t = usePanelStore().catalog.value;
  return (
    <div class="kh-verdict" data-verdict={analysis.verdict}>
      <span class="kh-verdict__marker" aria-hidden="true" />
      <div>
        <h2 class="kh-verdict__label">{t.verdict[analysis.verdict]}</h2>
        <p class="kh-verdict__explanation">{explain(analysis, t)}</p>
      </div>
    </div>
  );
}

function explain(analysis: Analysis, t: Catalog): string {
  if (analysis.verdict !== 'weak') return t.explanation[analysis.verdict];
  const missing = missingForFollowUp(analysis.signals).map((m) => t.missingElement[m]);
  return t.explanation.weak(t.joinList(missing.length ? missing : [t.missingElement.timebound]));
}
