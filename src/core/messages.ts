// Every sentence the engine shows the rep, per language. Logic picks a key and fills {placeholders};
// it never builds sentences itself.
import type { Language } from './types';

export type MessageKey =
  | 'chaser-phrase'
  | 'pressure'
  | 'no-agreement'
  | 'no-value'
  | 'no-time'
  | 'vague-time'
  | 'reattached'
  | 'nth-reminder'
  | 'thread-agreement-unreferenced'
  | 'agreement-present'
  | 'value-present'
  | 'time-present'
  | 'clean-abort'
  | 'abort-recommended';

const CATALOG: Record<Language, Record<MessageKey, string>> = {
  de: {
    'chaser-phrase': 'Nachfass-Floskel ohne Anlass: Sie erinnert nur daran, dass Sie warten.',
    pressure: 'Druck oder Vorwurf: Das führt zu Ausweichen, nicht zu einer Entscheidung.',
    'no-agreement': 'Keine Vereinbarung: Die Mail bezieht sich auf nichts, was der Empfänger zugesagt hat.',
    'no-value': 'Kein neuer Mehrwert: Der Empfänger erfährt nichts, was er nicht schon hatte.',
    'no-time': 'Kein konkreter nächster Schritt mit Datum.',
    'vague-time': '„{text}“ ist kein Termin – nennen Sie einen Tag und eine Uhrzeit.',
    reattached: 'Dasselbe noch einmal zu schicken ist kein neuer Anlass.',
    'nth-reminder': 'Das ist Ihre {n}. Nachricht ohne Antwort in diesem Verlauf.',
    'thread-agreement-unreferenced':
      'Im Verlauf steht eine Absprache („{text}“) – beziehen Sie sich ausdrücklich darauf.',
    'agreement-present': 'Bezug auf eine Vereinbarung.',
    'value-present': 'Bringt etwas Neues für den Empfänger.',
    'time-present': 'Konkreter nächster Schritt mit Zeitpunkt.',
    'clean-abort': 'Sauberer Abschluss: klar, ohne Druck, die Tür bleibt offen.',
    'abort-recommended':
      'Nach {n} unbeantworteten Nachrichten ist ein sauberer Abschluss klarer als eine weitere Erinnerung.',
  },
  en: {
    'chaser-phrase': 'Empty chaser phrase: it only says that you are waiting.',
    pressure: 'Pressure or reproach: it makes people dodge, not decide.',
    'no-agreement': 'No agreement: the email refers to nothing the recipient agreed to.',
    'no-value': 'No new value: the recipient learns nothing they did not already have.',
    'no-time': 'No concrete, dated next step.',
    'vague-time': '"{text}" is not a date: name a day and a time.',
    reattached: 'Sending the same thing again is not a new reason to reply.',
    'nth-reminder': 'This is your message number {n} without a reply in this thread.',
    'thread-agreement-unreferenced': 'The thread contains an agreement ("{text}"): refer to it explicitly.',
    'agreement-present': 'Refers to an agreement.',
    'value-present': 'Brings something new for the recipient.',
    'time-present': 'Concrete next step with a time.',
    'clean-abort': 'A clean close: clear, no pressure, the door stays open.',
    'abort-recommended': 'After {n} unanswered messages a clean close is clearer than another reminder.',
  },
};

export function message(
  lang: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return CATALOG[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
