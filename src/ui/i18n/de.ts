// Deutsch: die Hauptsprache der Nutzer. Anrede mit „Sie“, typografische Anführungszeichen.
import type { Catalog } from './catalog';

export const de: Catalog = {
  panelLabel: 'Klarheit – Prüfung Ihres Entwurfs',
  verdict: {
    chaser: 'Nachfassen ohne Klarheit',
    weak: 'Follow-up mit Lücken',
    'follow-up': 'Klares Follow-up',
    abort: 'Sauberer Abschluss',
    none: 'Keine Erinnerung',
  },
  explanation: {
    chaser: 'Diese Erinnerung knüpft an keine Vereinbarung an und bringt nichts Neues – sie wirkt als Druck.',
    weak: (missing) => `Eine Erinnerung mit Ansatz, aber es fehlt noch: ${missing}.`,
    'follow-up': 'Knüpft an eine Vereinbarung an und nennt einen konkreten nächsten Schritt. So passt es.',
    abort:
      'Sie schließen das Thema respektvoll ab und lassen die Tür offen. Ein Nein ist besser als ein Vielleicht.',
    none: 'Diese E-Mail ist keine Erinnerung – hier gibt es nichts zu prüfen.',
  },
  missingElement: {
    agreement: 'der Bezug auf eine Vereinbarung',
    value: 'ein neuer Mehrwert',
    timebound: 'ein konkreter Termin',
  },
  joinList: (items) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`,
  verdictAnnouncement: (label) => `Ergebnis: ${label}`,
  severity: { info: 'Hinweis', warn: 'Warnung', block: 'Kritisch' },
  quote: (text) => `„${text}“`,
  findingsHeading: 'Warum',
  excerptHeading: 'Ihr Text',
  suggestionsHeading: 'Vorschläge',
  suggestionKind: {
    'follow-up': 'Definiertes Follow-up',
    abort: 'Sauberer Abschluss',
    'add-next-step': 'Nächsten Schritt ergänzen',
    'reference-agreement': 'Auf die Vereinbarung beziehen',
  },
  recommended: 'Empfohlen',
  insert: 'Einfügen',
  copy: 'Kopieren',
  showFullText: 'Ganzen Text zeigen',
  showLess: 'Weniger zeigen',
  dismiss: 'Ausblenden',
  showDismissed: (count) =>
    count === 1 ? '1 ausgeblendeten Vorschlag zeigen' : `${count} ausgeblendete Vorschläge zeigen`,
  insertResult: {
    replaced: 'Eingefügt. Ihr bisheriger Text wurde ersetzt, Signatur und Verlauf sind unverändert.',
    'inserted-at-cursor':
      'An der Cursorposition eingefügt – bitte entfernen Sie Ihren alten Text selbst. Signatur und Verlauf sind unverändert.',
  },
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren ist hier nicht möglich. Bitte markieren Sie den Text und kopieren Sie ihn selbst.',
  closeNotice: 'Meldung schließen',
  recheck: 'Erneut prüfen',
  checking: 'Wird geprüft …',
  loading: 'Ihr Entwurf wird geprüft …',
  empty: 'Sobald Sie Ihre E-Mail schreiben, prüft Klarheit sie hier.',
  errors: {
    unsupported:
      'Diese Version Ihres E-Mail-Programms wird nicht unterstützt. Bitte nutzen Sie eine aktuelle Version oder die Web-Version.',
    'read-failed':
      'Der Entwurf konnte nicht gelesen werden. Ihr Text ist unverändert – bitte versuchen Sie es erneut.',
    'write-failed':
      'Der Vorschlag konnte nicht eingefügt werden. Ihr Entwurf ist unverändert; Sie können den Vorschlag kopieren.',
    'not-in-host': 'Bitte öffnen Sie Klarheit beim Verfassen einer E-Mail in Outlook oder Gmail.',
    'analysis-failed': 'Die Prüfung ist fehlgeschlagen. Ihr Entwurf ist unverändert.',
    unknown: 'Etwas ist schiefgelaufen. Ihr Entwurf ist unverändert.',
  },
  retry: 'Erneut versuchen',
  privacy: 'Geprüft auf Ihrem Gerät – Ihr Text wird nirgendwohin gesendet.',
};
