// The options page's texts, in the browser's language (German or English).
import type { Language } from '../../core/types';

export interface OptionsStrings {
  title: string;
  intro: string;
  language: string;
  languageAuto: string;
  abortThreshold: string;
  abortThresholdHint: string;
  onSend: string;
  onSendOff: string;
  onSendWarn: string;
  onSendBlock: string;
  stats: string;
  statsEnabled: string;
  statsHint: string;
  statsEndpoint: string;
  teamKey: string;
  save: string;
  saved: string;
  lockedByPolicy: string;
  invalidEndpoint: string;
  missingTeamKey: string;
  permissionDenied: string;
  saveFailed: string;
}

const en: OptionsStrings = {
  title: 'Klarheit for Gmail',
  intro:
    'Klarheit checks the email you write in Gmail right in your browser. Your email text never leaves it.',
  language: 'Language of Klarheit',
  languageAuto: 'Same as Gmail',
  abortThreshold: 'Recommend a clean close after this many unanswered reminders',
  abortThresholdHint: 'Counted in the thread: your own messages since the recipient last answered.',
  onSend: 'When you send an empty chaser',
  onSendOff: 'Send it without asking',
  onSendWarn: 'Ask first, with “Send anyway” (recommended)',
  onSendBlock: 'Hold it until it is changed',
  stats: 'Team stats',
  statsEnabled: 'Share anonymous usage facts with my team’s stats server',
  statsHint:
    'Only the verdict, the missing element (agreement, value, date), the number of unanswered reminders, the language and what you did (inserted, dismissed, sent anyway). Never email text, never addresses: you appear under a pseudonym made from your address and the team key.',
  statsEndpoint: 'Stats server address',
  teamKey: 'Team key',
  save: 'Save',
  saved: 'Saved.',
  lockedByPolicy: 'Set by your administrator',
  invalidEndpoint: 'Enter the server address as https://… (http only for localhost).',
  missingTeamKey: 'Enter the team key from your stats server (your team lead has it).',
  permissionDenied: 'The browser did not allow contact with the stats server, so stats stay off.',
  saveFailed: 'The settings could not be saved. Please try again.',
};

const de: OptionsStrings = {
  title: 'Klarheit für Gmail',
  intro: 'Klarheit prüft Ihre E-Mails in Gmail direkt im Browser. Der Text Ihrer E-Mails verlässt ihn nie.',
  language: 'Sprache von Klarheit',
  languageAuto: 'Wie Gmail',
  abortThreshold: 'Sauberen Abschluss empfehlen ab so vielen unbeantworteten Erinnerungen',
  abortThresholdHint: 'Gezählt im Verlauf: Ihre eigenen Nachrichten seit der letzten Antwort des Empfängers.',
  onSend: 'Wenn Sie eine leere Nachfass-Mail senden',
  onSendOff: 'Ohne Nachfrage senden',
  onSendWarn: 'Erst nachfragen, mit „Trotzdem senden“ (empfohlen)',
  onSendBlock: 'Zurückhalten, bis sie geändert ist',
  stats: 'Team-Statistik',
  statsEnabled: 'Anonyme Nutzungsdaten an den Statistik-Server meines Teams senden',
  statsHint:
    'Nur das Ergebnis, das fehlende Element (Vereinbarung, Mehrwert, Termin), die Zahl unbeantworteter Erinnerungen, die Sprache und was Sie getan haben (eingefügt, verworfen, trotzdem gesendet). Nie E-Mail-Text, nie Adressen: Sie erscheinen unter einem Pseudonym aus Ihrer Adresse und dem Team-Schlüssel.',
  statsEndpoint: 'Adresse des Statistik-Servers',
  teamKey: 'Team-Schlüssel',
  save: 'Speichern',
  saved: 'Gespeichert.',
  lockedByPolicy: 'Von Ihrer IT festgelegt',
  invalidEndpoint: 'Bitte die Server-Adresse als https://… angeben (http nur für localhost).',
  missingTeamKey: 'Bitte den Team-Schlüssel des Statistik-Servers eintragen (Ihre Teamleitung hat ihn).',
  permissionDenied:
    'Der Browser hat den Kontakt zum Statistik-Server nicht erlaubt, die Statistik bleibt aus.',
  saveFailed: 'Die Einstellungen konnten nicht gespeichert werden. Bitte erneut versuchen.',
};

export function optionsStrings(language: Language): OptionsStrings {
  return language === 'de' ? de : en;
}
