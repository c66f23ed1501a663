// The playground page's own texts (the panel has its catalog in src/ui/i18n).
import type { Language, Verdict } from '../core/types';

export interface PlaygroundTexts {
  title: string;
  intro: string;
  examples: string;
  exampleLanguage: Record<Language, string>;
  exampleLabel: Record<Verdict, string>;
  subject: string;
  body: string;
  bodyHintText: string;
  bodyHintHtml: string;
  format: string;
  formatText: string;
  formatHtml: string;
  draftLanguage: string;
  languageAuto: string;
  languageName: Record<Language, string>;
  uiLanguage: string;
  paneTitle: string;
  privacy: string;
}

export const playgroundTexts: Record<Language, PlaygroundTexts> = {
  de: {
    title: 'Klarheit Playground',
    intro:
      'Fügen Sie eine E-Mail ein oder laden Sie ein Beispiel. Daneben sehen Sie dieselbe Prüfung wie in Outlook und Gmail.',
    examples: 'Beispiele',
    exampleLanguage: { de: 'Deutsch', en: 'Englisch' },
    exampleLabel: {
      chaser: 'Nachfassen',
      weak: 'Lückenhaft',
      'follow-up': 'Follow-up',
      abort: 'Abschluss',
      none: 'Keine Erinnerung',
    },
    subject: 'Betreff',
    body: 'Text der E-Mail',
    bodyHintText: 'Ganzer Entwurf: Ihr Text, Signatur und zitierter Verlauf (Zeilen mit „>“).',
    bodyHintHtml: 'HTML-Quelltext des Entwurfs, wie Outlook oder Gmail ihn liefern.',
    format: 'Format',
    formatText: 'Text',
    formatHtml: 'HTML',
    draftLanguage: 'Sprache der E-Mail',
    languageAuto: 'Automatisch',
    languageName: { de: 'Deutsch', en: 'Englisch' },
    uiLanguage: 'Sprache der Oberfläche',
    paneTitle: 'Klarheit',
    privacy:
      'Ihr Text verlässt diese Seite nicht: Die Prüfung läuft vollständig in Ihrem Browser – ohne Server, ohne Tracking.',
  },
  en: {
    title: 'Klarheit playground',
    intro: 'Paste an email or load an example. Beside it you see the same check as in Outlook and Gmail.',
    examples: 'Examples',
    exampleLanguage: { de: 'German', en: 'English' },
    exampleLabel: {
      chaser: 'Chaser',
      weak: 'Weak',
      'follow-up': 'Follow-up',
      abort: 'Clean close',
      none: 'Not a reminder',
    },
    subject: 'Subject',
    body: 'Email body',
    bodyHintText: 'The whole draft: your text, signature and quoted thread (lines starting with “>”).',
    bodyHintHtml: 'The draft’s HTML source, as Outlook or Gmail provide it.',
    format: 'Format',
    formatText: 'Text',
    formatHtml: 'HTML',
    draftLanguage: 'Email language',
    languageAuto: 'Detect',
    languageName: { de: 'German', en: 'English' },
    uiLanguage: 'Interface language',
    paneTitle: 'Klarheit',
    privacy:
      'Your text never leaves this page: the check runs entirely in your browser – no server, no tracking.',
  },
};
