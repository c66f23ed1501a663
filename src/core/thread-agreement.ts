// An agreement the recipient stated in the quoted thread ("melden Sie sich nach unserer
// Vorstandssitzung am 24. November wieder"): the follow-up should reference it explicitly.
import { findDate, parseHeaderDate } from './dates';
import { matchAll } from './match';
import { RULES } from './rules';
import { sentenceAt, splitSentences } from './text';
import { samePerson } from './thread';
import type { Language, Person, ThreadAgreement } from './types';
import type { ThreadMessage } from './zoning';

/** One array per language, made once: matchAll keeps its word index per rule array. */
const THREAD_AGREEMENT_RULES = {
  de: RULES.de.filter((r) => r.signal === 'thread-agreement'),
  en: RULES.en.filter((r) => r.signal === 'thread-agreement'),
};

/** Looks at the recipient's messages, newest first; the first sentence that sets a next step wins. */
export function findThreadAgreement(
  messages: ThreadMessage[],
  sender: Person | undefined,
  lang: Language,
  now: Date,
): ThreadAgreement | undefined {
  const rules = THREAD_AGREEMENT_RULES[lang];
  for (const message of messages.slice(0, 6)) {
    if (sender && (sender.name || sender.email) && samePerson(message.from, sender)) continue;
    const text = message.text.slice(0, 5000);
    const found = matchAll(rules, text)[0];
    if (!found) continue;
    const sentences = splitSentences(text);
    const sentence = sentences[sentenceAt(sentences, found.start)]?.text ?? found.text;
    const clipped = sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
    // Relative dates ("next Tuesday", "Mitte Januar") count from when the recipient wrote them.
    const written = message.dateText ? parseHeaderDate(message.dateText) : undefined;
    const date = findDate(sentence, lang, written ?? now);
    return date ? { text: clipped, date } : { text: clipped };
  }
  return undefined;
}
