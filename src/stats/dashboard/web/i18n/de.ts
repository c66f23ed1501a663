// Deutscher Katalog: dieselben Schlüssel wie en.ts, vom Typ erzwungen.
import type { Messages } from './en';

export const de: Messages = {
  htmlTitle: 'Klarheit · Team-Dashboard',
  appName: 'Klarheit',
  appSubtitle: 'Team-Dashboard',
  question: 'Was hätte vorher klar sein müssen?',
  language: 'Sprache',
  signOut: 'Abmelden',
  skipToContent: 'Zum Inhalt springen',
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errorGeneric: 'Etwas ist schiefgegangen. Ihre Daten sind sicher; bitte versuchen Sie es erneut.',
  errorOffline: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errorRange: 'Dieser Zeitraum ist zu lang: Das Dashboard zeigt höchstens 156 Wochen auf einmal.',
  sessionExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',

  signInTitle: 'Anmelden',
  signInIntro: 'Teamleitungen melden sich mit dem Konto an, das ihr Admin angelegt hat.',
  email: 'E-Mail',
  password: 'Passwort',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  wrongCredentials: 'E-Mail oder Passwort ist falsch.',
  tooManyAttempts: (minutes) =>
    `Zu viele Anmeldeversuche. Bitte warten Sie ${minutes} Minute${minutes === 1 ? '' : 'n'} und versuchen Sie es dann erneut.`,

  newPasswordTitle: 'Eigenes Passwort wählen',
  newPasswordIntro: (min) =>
    `Sie haben sich mit einem Einmal-Passwort angemeldet. Wählen Sie ein neues mit mindestens ${min} Zeichen.`,
  currentPassword: 'Einmal-Passwort',
  newPassword: 'Neues Passwort',
  savePassword: 'Speichern und weiter',
  wrongCurrentPassword: 'Das Einmal-Passwort ist falsch.',
  weakPassword: (min) => `Mindestens ${min} Zeichen, und anders als das Einmal-Passwort.`,

  team: 'Team',
  modeTeamTitle: 'Betriebsrats-Modus',
  modeTeam: (minReps) =>
    `Nur Zahlen auf Teamebene. Gruppen mit weniger als ${minReps} Personen werden nicht gezeigt, und Wochen mit weniger als ${minReps} Personen fließen in keine Summe ein.`,
  modePerRepTitle: 'Ansicht pro Person ist eingeschaltet',
  modePerRep:
    'Ein Admin hat dieses Team auf die Ansicht pro Person umgestellt; diese Seite zeigt deshalb auch Zahlen je Person (pseudonyme Kennung). Stimmen Sie die Nutzung mit Ihrem Betriebsrat ab.',

  range: 'Zeitraum',
  lastWeeks: (n) => `Letzte ${n} Wochen`,
  custom: 'Eigener',
  from: 'Von',
  to: 'Bis',
  apply: 'Anwenden',
  rangeShown: (from, to) => `${from} – ${to} (ganze Wochen)`,
  exportCsv: 'CSV exportieren',

  hidden: {
    'too-few-reps': 'zu wenige Personen für eine Anzeige',
    expired: 'Details gelöscht (Aufbewahrungsfrist)',
  },
  tooFewAll: (minReps) =>
    `Zu wenige Personen für eine Anzeige: In jeder Woche dieses Zeitraums haben weniger als ${minReps} Personen Klarheit genutzt.`,
  hiddenWeeksNote: (count, minReps) =>
    `${count} ${count === 1 ? 'Woche' : 'Wochen'} mit weniger als ${minReps} Personen ${count === 1 ? 'fließt' : 'fließen'} in keine Zahl ein.`,
  expiredAll:
    'Für diesen Zeitraum hat der Server keine Details mehr: Rohdaten werden nach der Aufbewahrungsfrist gelöscht. Wählen Sie einen jüngeren Zeitraum.',
  expiredWeeksNote: (count) =>
    `${count} ${count === 1 ? 'Woche ist' : 'Wochen sind'} älter als die Aufbewahrungsfrist für Details und ${count === 1 ? 'fließt' : 'fließen'} in keine Zahl ein.`,
  noEventsInRange: 'Keine Ereignisse in diesem Zeitraum. Wählen Sie einen längeren Zeitraum.',

  kpiReminders: 'Geprüfte Erinnerungen',
  kpiChaserShare: 'Anteil Nachfassen',
  kpiTopMissing: 'Fehlte am häufigsten',
  kpiCleanAborts: 'Saubere Abbrüche',
  kpiReps: 'Personen',
  none: '—',

  chaserTitle: 'Anteil der Erinnerungen, die reines Nachfassen waren',
  chaserHelp:
    'Nachfassen: eine Erinnerung ohne vorherige Vereinbarung und ohne neuen Mehrwert. Weniger ist besser.',
  missingTitle: 'Welches Klarheits-Element fehlte',
  missingHelp:
    'Anteil der Erinnerungen, denen das Element fehlte. Das zeigt, was vorher hätte klar sein müssen.',
  actionsTitle: 'Was das Team mit den Vorschlägen gemacht hat',
  actionsHelp: 'Jedes Mal, wenn Klarheit Hinweise gezeigt hat, und was danach geschah.',
  abortsTitle: 'Saubere Abbrüche pro Woche',
  abortsHelp:
    'Ein bewusster Abschluss einer offenen Sache: Ein klares Nein ist besser als ein offenes Vielleicht.',
  hostTitle: 'Nach Programm',
  languageTitle: 'Nach Sprache',
  perRepTitle: 'Pro Person',
  perRepHelp: 'Nach pseudonymer Kennung sortiert, keine Rangliste.',
  showNumbers: 'Zahlen',
  tableOf: (title) => `${title}: Tabelle`,

  week: 'Woche',
  weekLabel: (isoWeek, monday) => `KW ${isoWeek} (${monday})`,
  reminders: 'Erinnerungen',
  chasers: 'Nachfassen',
  chaserShare: 'Anteil Nachfassen',
  reps: 'Personen',
  group: 'Gruppe',
  action: 'Was geschah',
  rep: 'Person',
  count: 'Anzahl',
  shareOfShown: 'Anteil an gezeigten',
  cleanAborts: 'Saubere Abbrüche',
  abortsInserted: 'davon aus einem Vorschlag eingefügt',
  missing: { agreement: 'Keine Vereinbarung', value: 'Kein neuer Mehrwert', timebound: 'Kein Termin' },
  actions: {
    shown: 'Hinweise gezeigt',
    'inserted-follow-up': 'Follow-up eingefügt',
    'inserted-abort': 'Sauberen Abbruch eingefügt',
    'inserted-next-step': 'Nächsten Schritt eingefügt',
    dismissed: 'Verworfen',
    'sent-anyway': 'Trotzdem gesendet',
    'held-on-send': 'Beim Senden zurückgehalten',
  },
  hosts: { outlook: 'Outlook', gmail: 'Gmail', playground: 'Playground' },
  languages: { de: 'Deutsch', en: 'Englisch' },

  emptyTitle: 'Noch keine Daten aus Ihrem Team',
  emptyIntro:
    'Sobald Ihr Team Klarheit mit diesem Server verbindet, senden Add-in und Erweiterung anonyme Ereignisse hierher – niemals E-Mail-Text oder Adressen.',
  emptyEndpoint: 'Adresse des Statistik-Servers',
  emptyKey: 'Team-Schlüssel',
  emptyKeyHelp:
    'Ihr Admin hat ihn beim Anlegen des Teams erhalten. Einen neuen (der alte wird ungültig) erzeugt:',
  emptyOutlook:
    'Outlook-Add-in: Klarheit-Bereich öffnen, dann Einstellungen; „Anonyme Team-Statistik“ einschalten und Server-Adresse und Team-Schlüssel eintragen.',
  emptyGmail:
    'Gmail-Erweiterung: Optionen der Erweiterung öffnen, dann Team-Statistik; einschalten und Server-Adresse und Team-Schlüssel eintragen.',
  emptyHttps:
    'Add-in und Erweiterung sprechen nur mit einer https://-Adresse (http:// nur auf diesem Rechner): Betreiben Sie Klarheit hinter HTTPS.',
  emptyCors: 'Admin: die Gmail-Erweiterung freigeben mit',
  emptyAfter:
    'Die ersten Ereignisse erscheinen hier etwa eine Minute, nachdem jemand eine Erinnerung schreibt.',
};
