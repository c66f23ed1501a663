// What the task pane shows when the panel cannot start: opened outside Outlook, an Outlook too old
// for the add-in, or office.js missing. A clear sentence instead of a blank pane.
import type { Language } from '../core/types';
import { outlookTexts } from './texts';

export type BootStateKind = 'loading' | 'not-in-host' | 'unsupported' | 'office-missing';

export function BootState({ kind, language }: { kind: BootStateKind; language: Language }) {
  const t = outlookTexts(language);
  if (kind === 'loading') {
    return (
      <div class="boot-state" data-state="loading" lang={language}>
        <p>{t.starting}</p>
      </div>
    );
  }
  const title = kind === 'unsupported' ? t.unsupportedTitle : t.notInOutlookTitle;
  const text =
    kind === 'office-missing' ? t.officeMissing : kind === 'unsupported' ? t.unsupportedText : t.notInOutlook;
  return (
    <div class="boot-state" data-state={kind} lang={language}>
      <h1>{title}</h1>
      <p>{text}</p>
    </div>
  );
}
