// The extension's own texts (badge, send check, options page) in German and English. The panel has
// its own catalog in src/ui/i18n; verdict names come from there so both always say the same.
import type { Language } from '../core/types';

export interface GmailStrings {
  badgeLabel: (verdictName: string) => string;
  badgeChecking: string;
  badgeUnreadable: string;
  openPanel: string;
  closePanel: string;
  settings: string;
  sendCheckTitle: string;
  sendCheckReason: string;
  sendCheckBlocked: string;
  review: string;
  insertRecommended: (suggestionName: string) => string;
  sendAnyway: string;
  insertFailed: string;
}

const en: GmailStrings = {
  badgeLabel: (verdictName) => `Klarheit: ${verdictName}`,
  badgeChecking: 'Klarheit',
  badgeUnreadable: "Klarheit can't read this draft",
  openPanel: 'Show the check of this draft',
  closePanel: 'Hide the check',
  settings: 'Settings',
  sendCheckTitle: 'Send this reminder as it is?',
  sendCheckReason:
    'It refers to no agreement and brings nothing new, so the recipient reads it as pressure – and it rarely gets an answer.',
  sendCheckBlocked: 'Your team sends no empty chasers: change it first, or use a suggestion.',
  review: 'Review',
  insertRecommended: (suggestionName) => `Insert: ${suggestionName}`,
  sendAnyway: 'Send anyway',
  insertFailed: 'The suggestion could not be inserted. Your draft is unchanged.',
};

const de: GmailStrings = {
  badgeLabel: (verdictName) => `Klarheit: ${verdictName}`,
  badgeChecking: 'Klarheit',
  badgeUnreadable: 'Klarheit kann diesen Entwurf nicht lesen',
  openPanel: 'Prüfung dieses Entwurfs zeigen',
  closePanel: 'Prüfung ausblenden',
  settings: 'Einstellungen',
  sendCheckTitle: 'Diese Erinnerung so senden?',
  sendCheckReason:
    'Sie bezieht sich auf keine Vereinbarung und bringt nichts Neues – beim Empfänger kommt sie als Druck an und wird selten beantwortet.',
  sendCheckBlocked:
    'In Ihrem Team gehen keine leeren Nachfass-Mails raus: Bitte erst ändern oder einen Vorschlag nutzen.',
  review: 'Überarbeiten',
  insertRecommended: (suggestionName) => `Einfügen: ${suggestionName}`,
  sendAnyway: 'Trotzdem senden',
  insertFailed: 'Der Vorschlag konnte nicht eingefügt werden. Ihr Entwurf ist unverändert.',
};

export function gmailStrings(language: Language): GmailStrings {
  return language === 'de' ? de : en;
}
