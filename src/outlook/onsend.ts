// The on-send check (Smart Alerts, OnMessageSend). Its own bundle, one file, DOM-free and ES2016:
// classic Outlook for Windows runs it in a JavaScript-only runtime; commands.html loads it on the
// web, in new Outlook and on Mac. It reads the draft, runs the engine locally (no network) and
// always completes: any failure sends the mail, and a timer makes sure it answers well under 5 s.
import { analyze } from '../core';
import type { BodyFormat } from '../core/types';
import { officeCall } from './office-call';
import { ON_SEND_FUNCTION_NAME, sendCheckResult } from './send-check';
import { languageOf, readSettings } from './settings';

/** Smart Alerts warns the rep after 5 s; answer "send" before that whatever happens. */
const DEADLINE_MS = 4000;

export function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  let completed = false;
  const complete = (options: Office.SmartAlertsEventCompletedOptions) => {
    if (completed) return;
    completed = true;
    if (deadline !== undefined) clearTimeout(deadline);
    try {
      event.completed(options);
    } catch {
      // Nothing more to do: Outlook falls back to the manifest's send mode.
    }
  };
  // Guarded: a runtime without timers must still get an answer from the check itself.
  const deadline =
    typeof setTimeout === 'function'
      ? setTimeout(() => complete({ allowEvent: true }), DEADLINE_MS)
      : undefined;
  check()
    .then(complete)
    .catch(() => complete({ allowEvent: true }));
}

/** Reads the draft and decides. Async, so even a synchronous throw becomes a rejection ("send"). */
async function check(): Promise<Office.SmartAlertsEventCompletedOptions> {
  const context = Office.context;
  const settings = readSettings(context.roamingSettings);
  if (settings.onSendMode === 'off') return { allowEvent: true };
  const item = context.mailbox.item as Office.MessageCompose;
  const type = await officeCall<Office.CoercionType>((done) => item.body.getTypeAsync(done), 'read-failed');
  const [subject, body] = await Promise.all([
    officeCall<string>((done) => item.subject.getAsync(done), 'read-failed'),
    officeCall<string>((done) => item.body.getAsync(type, done), 'read-failed'),
  ]);
  const profile = context.mailbox.userProfile;
  const format: BodyFormat = type === Office.CoercionType.Html ? 'html' : 'text';
  const analysis = analyze(
    {
      subject,
      body,
      format,
      from: { name: profile?.displayName, email: profile?.emailAddress },
      locale: context.displayLanguage,
    },
    { abortThreshold: settings.abortThreshold },
  );
  const language = settings.uiLanguage ?? languageOf(context.displayLanguage);
  return sendCheckResult(analysis, settings, language, {
    dialogActions: supportsMailbox(context, '1.14'),
    markdown: supportsMailbox(context, '1.15'),
  });
}

/** A client that cannot answer the question gets the plain dialog, which every client shows. */
function supportsMailbox(context: Office.Context, version: string): boolean {
  try {
    return context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

Office.actions.associate(ON_SEND_FUNCTION_NAME, onMessageSendHandler);
