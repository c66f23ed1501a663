// The Smart Alerts dialog's sentences (the on-send bundle only, so the task pane does not carry them).
import type { Language } from '../core/types';

export interface SendTexts {
  /** Smart Alerts: one line, plain text (every client). */
  chaserReason: string;
  weakReason: (missing: string) => string;
  /** Smart Alerts: the same with Markdown emphasis (Mailbox 1.15); `phrase` is the rep's own words. */
  chaserReasonMarkdown: (phrase: string | undefined) => string;
  weakReasonMarkdown: (missing: string) => string;
  /** The dialog button that opens the task pane (20 characters at most). */
  openPane: string;
}

const de: SendTexts = {
  chaserReason:
    'Klarheit: Diese E-Mail fasst nur nach – ohne Bezug auf eine Vereinbarung und ohne Neues. Öffnen Sie Klarheit für ein definiertes Follow-up oder einen sauberen Abschluss.',
  weakReason: (missing) =>
    `Klarheit: Diesem Follow-up fehlt noch ${missing}. Öffnen Sie Klarheit für einen Vorschlag.`,
  chaserReasonMarkdown: (phrase) =>
    `**Diese E-Mail fasst nur nach** – ohne Bezug auf eine Vereinbarung und ohne Neues.${
      phrase ? ` Zum Beispiel: *„${phrase}“*` : ''
    }\n\nÖffnen Sie **Klarheit** für ein definiertes Follow-up oder einen sauberen Abschluss.`,
  weakReasonMarkdown: (missing) =>
    `**Diesem Follow-up fehlt noch ${missing}.**\n\nÖffnen Sie **Klarheit** für einen Vorschlag.`,
  openPane: 'Klarheit öffnen',
};

const en: SendTexts = {
  chaserReason:
    'Klarheit: this email only chases – it refers to no agreement and brings nothing new. Open Klarheit for a defined follow-up or a clean close.',
  weakReason: (missing) => `Klarheit: this follow-up still lacks ${missing}. Open Klarheit for a suggestion.`,
  chaserReasonMarkdown: (phrase) =>
    `**This email only chases** – it refers to no agreement and brings nothing new.${
      phrase ? ` For example: *“${phrase}”*` : ''
    }\n\nOpen **Klarheit** for a defined follow-up or a clean close.`,
  weakReasonMarkdown: (missing) =>
    `**This follow-up still lacks ${missing}.**\n\nOpen **Klarheit** for a suggestion.`,
  openPane: 'Open Klarheit',
};

export function sendTexts(language: Language): SendTexts {
  return language === 'de' ? de : en;
}
