// The Outlook-only sentences: the Smart Alerts dialog, the settings form and the states shown before
// the shared panel can start. Everything the panel itself says lives in src/ui/i18n.
import type { Language } from '../core/types';

export interface OutlookTexts {
  /** Smart Alerts: one line, plain text (every client). */
  chaserReason: string;
  weakReason: (missing: string) => string;
  /** Smart Alerts: the same with Markdown emphasis (Mailbox 1.15); `phrase` is the rep's own words. */
  chaserReasonMarkdown: (phrase: string | undefined) => string;
  weakReasonMarkdown: (missing: string) => string;
  /** The dialog button that opens the task pane (20 characters at most). */
  openPane: string;
  starting: string;
  notInOutlookTitle: string;
  notInOutlook: string;
  unsupportedTitle: string;
  unsupportedText: string;
  officeMissing: string;
  settingsHeading: string;
  settingsLanguage: string;
  settingsLanguageAuto: string;
  settingsAbortThreshold: string;
  settingsOnSend: string;
  settingsOnSendModes: Record<'off' | 'soft' | 'block', string>;
  settingsOnSendWeak: string;
  settingsStats: string;
  settingsStatsEndpoint: string;
  settingsTeamKey: string;
  settingsStatsEndpointInvalid: string;
  settingsSaved: string;
  settingsSaveFailed: string;
}

const de: OutlookTexts = {
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
  starting: 'Klarheit startet …',
  notInOutlookTitle: 'Bitte in Outlook öffnen',
  notInOutlook:
    'Klarheit ist ein Outlook-Add-In. Öffnen Sie es beim Verfassen einer E-Mail in Outlook über die Schaltfläche „Klarheit prüfen“.',
  unsupportedTitle: 'Diese Outlook-Version wird nicht unterstützt',
  unsupportedText:
    'Klarheit benötigt Outlook im Web, das neue Outlook, ein aktuelles Outlook für Windows oder Outlook für Mac.',
  officeMissing:
    'Die Office-Bibliothek konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und öffnen Sie Klarheit erneut.',
  settingsHeading: 'Einstellungen',
  settingsLanguage: 'Sprache von Klarheit',
  settingsLanguageAuto: 'Wie Outlook',
  settingsAbortThreshold: 'Sauberen Abschluss empfehlen ab so vielen unbeantworteten E-Mails',
  settingsOnSend: 'Prüfung beim Senden',
  settingsOnSendModes: {
    off: 'Aus',
    soft: 'Hinweis mit „Trotzdem senden“',
    block: 'Senden anhalten (so streng, wie Ihre IT es eingerichtet hat)',
  },
  settingsOnSendWeak: 'Auch Follow-ups mit Lücken beim Senden melden',
  settingsStats: 'Anonyme Team-Statistik (ohne Text und Adressen)',
  settingsStatsEndpoint: 'Statistik-Server (von Ihrer Teamleitung)',
  settingsTeamKey: 'Team-Schlüssel',
  settingsStatsEndpointInvalid: 'Bitte eine Adresse mit https:// eingeben.',
  settingsSaved: 'Gespeichert.',
  settingsSaveFailed: 'Die Einstellungen konnten nicht gespeichert werden. Bitte versuchen Sie es erneut.',
};

const en: OutlookTexts = {
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
  starting: 'Klarheit is starting …',
  notInOutlookTitle: 'Please open in Outlook',
  notInOutlook:
    'Klarheit is an Outlook add-in. Open it while composing an email in Outlook with the “Check clarity” button.',
  unsupportedTitle: 'This version of Outlook is not supported',
  unsupportedText:
    'Klarheit needs Outlook on the web, the new Outlook, a current Outlook for Windows or Outlook for Mac.',
  officeMissing: 'The Office library could not be loaded. Check your connection and open Klarheit again.',
  settingsHeading: 'Settings',
  settingsLanguage: 'Klarheit language',
  settingsLanguageAuto: 'Same as Outlook',
  settingsAbortThreshold: 'Recommend a clean close from this many unanswered emails',
  settingsOnSend: 'Check on send',
  settingsOnSendModes: {
    off: 'Off',
    soft: 'Warn, with “Send anyway”',
    block: 'Stop sending (as strict as your IT set it up)',
  },
  settingsOnSendWeak: 'Also flag follow-ups with gaps on send',
  settingsStats: 'Anonymous team stats (no text, no addresses)',
  settingsStatsEndpoint: 'Stats server (from your team lead)',
  settingsTeamKey: 'Team key',
  settingsStatsEndpointInvalid: 'Please enter an address starting with https://.',
  settingsSaved: 'Saved.',
  settingsSaveFailed: 'The settings could not be saved. Please try again.',
};

export function outlookTexts(language: Language): OutlookTexts {
  return language === 'de' ? de : en;
}
