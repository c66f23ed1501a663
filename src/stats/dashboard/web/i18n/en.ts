// English catalog. Every sentence of the dashboard lives here or in de.ts; components only pick keys.
export const en = {
  htmlTitle: 'Klarheit · Team dashboard',
  appName: 'Klarheit',
  appSubtitle: 'Team dashboard',
  question: 'What should have been clear before?',
  language: 'Language',
  signOut: 'Sign out',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  retry: 'Try again',
  errorGeneric: 'Something went wrong. Your data is safe; please try again.',
  errorOffline: 'The server cannot be reached. Check your connection and try again.',
  errorRange: 'This range is too long: the dashboard shows at most 156 weeks at once.',
  sessionExpired: 'Your session ended. Please sign in again.',

  signInTitle: 'Sign in',
  signInIntro: 'Team leads sign in with the account their admin created.',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  wrongCredentials: 'Wrong email or password.',
  tooManyAttempts: (minutes: number) =>
    `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,

  newPasswordTitle: 'Choose your own password',
  newPasswordIntro: (min: number) =>
    `You signed in with a one-time password. Choose a new one with at least ${min} characters.`,
  currentPassword: 'One-time password',
  newPassword: 'New password',
  savePassword: 'Save and continue',
  wrongCurrentPassword: 'The one-time password is wrong.',
  weakPassword: (min: number) => `Use at least ${min} characters, different from the one-time password.`,

  team: 'Team',
  modeTeamTitle: 'Works-council mode',
  modeTeam: (minReps: number) =>
    `Team-level figures only. Groups with fewer than ${minReps} reps are not shown, and weeks with fewer than ${minReps} reps are left out of every total.`,
  modePerRepTitle: 'Per-rep view is on',
  modePerRep:
    'An admin switched this team to per-rep view, so this page also shows figures for each rep (by pseudonymous id). Talk to your works council about how you use them.',

  range: 'Date range',
  lastWeeks: (n: number) => `Last ${n} weeks`,
  custom: 'Custom',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  rangeShown: (from: string, to: string) => `${from} – ${to} (whole weeks)`,
  exportCsv: 'Export CSV',

  hidden: { 'too-few-reps': 'too few reps to show', expired: 'details deleted (retention period)' },
  tooFewAll: (minReps: number) =>
    `Too few reps to show: fewer than ${minReps} reps used Klarheit in every week of this range.`,
  hiddenWeeksNote: (count: number, minReps: number) =>
    `${count} week${count === 1 ? '' : 's'} with fewer than ${minReps} reps ${count === 1 ? 'is' : 'are'} left out of all figures.`,
  expiredAll:
    'The server no longer keeps details for this range: raw events are deleted after the retention period. Choose a more recent range.',
  expiredWeeksNote: (count: number) =>
    `${count} week${count === 1 ? ' is' : 's are'} older than the server keeps details (retention period) and left out of all figures.`,
  noEventsInRange: 'No events in this range. Choose a longer range.',

  kpiReminders: 'Reminders checked',
  kpiChaserShare: 'Chaser share',
  kpiTopMissing: 'Most often missing',
  kpiCleanAborts: 'Clean aborts',
  kpiReps: 'Reps',
  none: '—',

  chaserTitle: 'Share of reminders that were chasers',
  chaserHelp: 'A chaser is a reminder with no prior agreement and no new value. Lower is better.',
  missingTitle: 'Which clarity element was missing',
  missingHelp: 'Share of reminders that lacked each element. This shows what should have been clear before.',
  actionsTitle: 'What reps did with the suggestions',
  actionsHelp: 'Every time Klarheit showed its findings, and what happened next.',
  abortsTitle: 'Clean aborts per week',
  abortsHelp: 'A clean close of an open matter: a clear no beats an open maybe.',
  hostTitle: 'By host',
  languageTitle: 'By language',
  perRepTitle: 'Per rep',
  perRepHelp: 'Sorted by pseudonymous rep id, not ranked.',
  showNumbers: 'Numbers',
  tableOf: (title: string) => `${title}: table`,

  week: 'Week',
  weekLabel: (isoWeek: number, monday: string) => `W${isoWeek} (${monday})`,
  reminders: 'Reminders',
  chasers: 'Chasers',
  chaserShare: 'Chaser share',
  reps: 'Reps',
  group: 'Group',
  action: 'What happened',
  rep: 'Rep',
  count: 'Count',
  shareOfShown: 'Share of shown',
  cleanAborts: 'Clean aborts',
  abortsInserted: 'of which inserted from a suggestion',
  missing: { agreement: 'No agreement', value: 'No new value', timebound: 'No time' },
  actions: {
    shown: 'Findings shown',
    'inserted-follow-up': 'Inserted follow-up',
    'inserted-abort': 'Inserted clean abort',
    'inserted-next-step': 'Inserted next step',
    dismissed: 'Dismissed',
    'sent-anyway': 'Sent anyway',
    'held-on-send': 'Held back on send',
  },
  hosts: { outlook: 'Outlook', gmail: 'Gmail', playground: 'Playground' } as Record<string, string>,
  languages: { de: 'German', en: 'English' } as Record<string, string>,

  emptyTitle: 'No data from your team yet',
  emptyIntro:
    'Once reps connect Klarheit to this server, their add-in and extension send anonymous events here — never email text or addresses.',
  emptyEndpoint: 'Stats server address',
  emptyKey: 'Team key',
  emptyKeyHelp: 'Your admin received it when creating the team. A new key (the old one stops working):',
  emptyOutlook:
    'Outlook add-in: open the Klarheit pane, then Settings; turn on “Anonymous team stats” and enter the server address and the team key.',
  emptyGmail:
    'Gmail extension: open the extension’s options, then Team stats; turn it on and enter the server address and the team key.',
  emptyHttps:
    'The add-in and the extension only talk to an https:// address (http:// only on this computer): serve Klarheit behind HTTPS.',
  emptyCors: 'Admin: allow the Gmail extension with',
  emptyAfter: 'The first events appear here within a minute of a rep writing a reminder.',
};

export type Messages = typeof en;
