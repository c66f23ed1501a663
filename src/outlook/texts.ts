// The task pane's own sentences: the settings form and the states shown before the shared panel can
// start. The panel's texts live in src/ui/i18n, the Smart Alerts dialog's in send-texts.ts.
import type { Language } from '../core/types';

export interface OutlookTexts {
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
