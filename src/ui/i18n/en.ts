// English UI texts.
import type { Catalog } from './catalog';

export const en: Catalog = {
  panelLabel: 'Klarheit – check of your draft',
  verdict: {
    chaser: 'Empty chaser',
    weak: 'Follow-up with gaps',
    'follow-up': 'Defined follow-up',
    abort: 'Clean close',
    none: 'Not a reminder',
  },
  explanation: {
    chaser: 'This reminder refers to no agreement and brings nothing new – it reads as pressure.',
    weak: (missing) => `A reminder with a start, but it still lacks ${missing}.`,
    'follow-up': 'It ties to an agreement and names a concrete next step. Good to send.',
    abort: 'You close the matter respectfully and leave the door open. A no beats an open maybe.',
    none: 'This email is not a reminder – nothing to check here.',
  },
  missingElement: {
    agreement: 'a reference to an agreement',
    value: 'something new and relevant',
    timebound: 'a concrete date',
  },
  joinList: (items) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  verdictAnnouncement: (label) => `Result: ${label}`,
  severity: { info: 'Note', warn: 'Warning', block: 'Critical' },
  quote: (text) => `“${text}”`,
  findingsHeading: 'Why',
  excerptHeading: 'Your text',
  suggestionsHeading: 'Suggestions',
  suggestionKind: {
    'follow-up': 'Defined follow-up',
    abort: 'Clean close',
    'add-next-step': 'Add a next step',
    'reference-agreement': 'Refer to the agreement',
  },
  recommended: 'Recommended',
  insert: 'Insert',
  copy: 'Copy',
  showFullText: 'Show full text',
  showLess: 'Show less',
  dismiss: 'Dismiss',
  showDismissed: (count) =>
    count === 1 ? 'Show 1 dismissed suggestion' : `Show ${count} dismissed suggestions`,
  insertResult: {
    replaced: 'Inserted. Your previous text was replaced; signature and thread are unchanged.',
    'inserted-at-cursor':
      'Inserted at the cursor – please remove your old text yourself. Signature and thread are unchanged.',
  },
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying is not possible here. Please select the text and copy it yourself.',
  closeNotice: 'Close message',
  recheck: 'Check again',
  checking: 'Checking …',
  loading: 'Checking your draft …',
  empty: 'As soon as you write your email, Klarheit checks it here.',
  errors: {
    unsupported:
      'This version of your email client is not supported. Please use a current version or the web version.',
    'read-failed': 'The draft could not be read. Your text is unchanged – please try again.',
    'write-failed':
      'The suggestion could not be inserted. Your draft is unchanged; you can copy the suggestion.',
    'not-in-host': 'Please open Klarheit while composing an email in Outlook or Gmail.',
    'analysis-failed': 'The check failed. Your draft is unchanged.',
    unknown: 'Something went wrong. Your draft is unchanged.',
  },
  retry: 'Try again',
  privacy: 'Checked on your device – your text is not sent anywhere.',
};
