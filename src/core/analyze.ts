// The engine: zoning → language → rule matches → signals → verdict → findings → suggestions.
// Pure and deterministic: no DOM, no Node APIs, no network, no clock unless `now` is missing.
import { buildFindings } from './findings';
import { chooseLanguage } from './language';
import { matchAll } from './match';
import { RULES } from './rules';
import { computeSignals } from './signals';
import { buildSuggestions } from './suggestions';
import { sentenceAt, splitSentences } from './text';
import { countPriorUnanswered, inferSender } from './thread';
import { findThreadAgreement } from './thread-agreement';
import type { Analysis, AnalysisInput, AnalysisOptions } from './types';
import { decideVerdict } from './verdict';
import { zoneBody } from './zoning';

export const DEFAULT_ABORT_THRESHOLD = 2;
/** Longer new texts are cut here: nobody writes a 200 KB reminder, and rules stay linear anyway. */
const MAX_NEW_TEXT = 50_000;

export function analyze(input: AnalysisInput, options: AnalysisOptions = {}): Analysis {
  const abortThreshold = options.abortThreshold ?? DEFAULT_ABORT_THRESHOLD;
  const body = typeof input.body === 'string' ? input.body : '';
  const subject = typeof input.subject === 'string' ? input.subject : '';
  const zoned = zoneBody(body, input.format === 'html' ? 'html' : 'text');
  const newText = zoned.newText.length > MAX_NEW_TEXT ? zoned.newText.slice(0, MAX_NEW_TEXT) : zoned.newText;
  const lang =
    options.language ?? chooseLanguage(newText, `${subject}\n${zoned.quoted.slice(0, 4000)}`, input.locale);

  const sender = inferSender(
    zoned.messages,
    {
      signoffName: zoned.signoffName,
      signatureName: zoned.signatureName,
      greetedName: zoned.greetedName,
      signature: zoned.signature,
    },
    input.from,
  );
  const priorUnanswered = zoned.hasThread ? countPriorUnanswered(zoned.messages, sender) : 0;
  const now = toDate(input.now);

  const sentences = splitSentences(newText);
  const matches = matchAll(RULES[lang], newText);
  const result = computeSignals({
    text: newText,
    subject,
    sentences,
    matches,
    priorUnanswered,
  });
  const verdict = decideVerdict(result.signals);
  // The thread's agreement matters to a reminder (its findings and follow-up); other mails skip the scan.
  const threadAgreement =
    zoned.hasThread && result.signals.isReminder
      ? findThreadAgreement(zoned.messages, sender, lang, now)
      : undefined;

  // The follow-up reuses the rep's own sentence only when it names an agreed contact ("wie vereinbart
  // melde ich mich"); a delivery ("wie besprochen habe ich … ergänzt") does not carry a follow-up.
  const firstAgreement = result.evidence.agreement.find((m) => m.signal !== 'agreement-delivery');
  const agreementSentence = firstAgreement
    ? sentences[sentenceAt(sentences, firstAgreement.start)]?.text
    : undefined;

  const analysis: Analysis = {
    language: lang,
    verdict,
    signals: result.signals,
    findings: buildFindings({ lang, verdict, result, threadAgreement, abortThreshold }),
    suggestions: buildSuggestions({
      lang,
      verdict,
      signals: result.signals,
      newText,
      to: input.to,
      subject,
      agreementSentence,
      threadAgreement,
      senderName: input.from?.name ?? zoned.signoffName,
      now,
      abortThreshold,
    }),
    zones: { newText, signature: zoned.signature, quoted: zoned.quoted, hasThread: zoned.hasThread },
  };
  if (threadAgreement) analysis.threadAgreement = threadAgreement;
  return analysis;
}

function toDate(now: AnalysisInput['now']): Date {
  const d = now instanceof Date ? now : typeof now === 'string' ? new Date(now) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : d;
}
