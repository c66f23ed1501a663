// What the on-send check (Smart Alerts) answers for one analysed draft. Pure: the handler in
// onsend.ts gathers the draft, the settings and the client's capabilities, this decides.
import type { Analysis, Language } from '../core/types';
import { catalogFor } from '../ui/i18n';
import { sendTexts } from './send-texts';
import type { OutlookSettings } from './settings';

/** The id of the task pane button in manifest.xml; the dialog's button opens that pane. */
export const TASKPANE_COMMAND_ID = 'KlarheitComposeButton';
/** The handler name in manifest.xml's LaunchEvent FunctionName. */
export const ON_SEND_FUNCTION_NAME = 'onMessageSendHandler';

/** Smart Alerts options beyond allowEvent/errorMessage exist only in newer clients. */
export interface SendCheckCapabilities {
  /** Mailbox 1.14: cancelLabel, commandId, sendModeOverride. */
  dialogActions: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

const ALLOW: Office.SmartAlertsEventCompletedOptions = { allowEvent: true };
const MAX_MESSAGE = 500; // Outlook's limit for both message forms
const MAX_PHRASE = 80;

export function sendCheckResult(
  analysis: Analysis,
  settings: OutlookSettings,
  language: Language,
  capabilities: SendCheckCapabilities,
): Office.SmartAlertsEventCompletedOptions {
  if (settings.onSendMode === 'off') return ALLOW;
  const stop = analysis.verdict === 'chaser' || (analysis.verdict === 'weak' && settings.onSendWeak);
  if (!stop) return ALLOW;

  const texts = sendTexts(language);
  const result: Office.SmartAlertsEventCompletedOptions = { allowEvent: false };
  if (analysis.verdict === 'chaser') {
    result.errorMessage = clip(texts.chaserReason);
    if (capabilities.markdown)
      result.errorMessageMarkdown = clip(texts.chaserReasonMarkdown(firstPhrase(analysis)));
  } else {
    const missing = missingElements(analysis, language);
    result.errorMessage = clip(texts.weakReason(missing));
    if (capabilities.markdown) result.errorMessageMarkdown = clip(texts.weakReasonMarkdown(missing));
  }
  if (capabilities.dialogActions) {
    result.cancelLabel = texts.openPane;
    result.commandId = TASKPANE_COMMAND_ID;
    // Office lets an add-in only loosen the manifest's send mode at run time: "soft" guarantees the
    // rep a "Send anyway"; "block" keeps whatever the manifest says.
    if (settings.onSendMode === 'soft') result.sendModeOverride = 'promptUser';
  }
  return result;
}

function missingElements(analysis: Analysis, language: Language): string {
  const catalog = catalogFor(language);
  const { agreement, timebound } = analysis.signals;
  const missing = [
    !agreement && catalog.missingElement.agreement,
    !timebound && catalog.missingElement.timebound,
  ].filter((item): item is string => Boolean(item));
  return catalog.joinList(missing.length ? missing : [catalog.missingElement.timebound]);
}

/** The rep's own chaser phrase, quoted back to them (it never leaves the device): the chaser finding's
 *  evidence first, then pressure, then whatever the engine quoted. */
function firstPhrase(analysis: Analysis): string | undefined {
  const quoted = analysis.findings.filter((f) => f.evidence.length > 0);
  const finding =
    quoted.find((f) => f.id === 'chaser-phrase') ?? quoted.find((f) => f.id === 'pressure') ?? quoted[0];
  const text = finding?.evidence[0].text.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return withoutMarkup(text.length > MAX_PHRASE ? `${text.slice(0, MAX_PHRASE - 1)}…` : text);
}

/** Outlook's dialog Markdown has no escapes that every client honours: markup characters in the rep's
 *  phrase are dropped rather than risk a half-bold dialog. */
function withoutMarkup(text: string): string {
  return text.replace(/[\\`*_[\]#<>|~]/g, '');
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}
