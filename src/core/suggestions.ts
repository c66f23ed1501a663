// The two clean ways out (a defined follow-up, a clean abort) and, for a weak reminder, the one
// missing piece. Texts are in the draft's language and register, greet the same person, reuse the
// rep's sign-off, and never pressure. Several wordings, picked by the draft, so a team does not
// send the same sentence a hundred times.
import { type Addressing, readAddressing } from './addressing';
import { addBusinessDays, formatSlot } from './dates';
import { escapeHtml } from './text';
import type { Language, Person, Signals, Suggestion, ThreadAgreement, Verdict } from './types';

export interface SuggestionInput {
  lang: Language;
  verdict: Verdict;
  signals: Signals;
  newText: string;
  /** The recipients the host knows: they name whom the suggestions greet when the draft does not. */
  to?: Person[];
  subject: string;
  /** The rep's own sentence that references the agreement, if the new text has one. */
  agreementSentence?: string;
  threadAgreement?: ThreadAgreement;
  senderName?: string;
  now: Date;
  abortThreshold: number;
}

type Register = 'formal' | 'informal';
type Template = (v: Vars) => string;
interface Vars {
  topic: string;
  slot: string;
  reference: string;
}

const FOLLOW_UP: Record<Language, Record<Register, Template[]>> = {
  de: {
    formal: [
      (v) =>
        `${v.reference}\n\nDamit Sie gut entscheiden können, schlage ich ein kurzes Telefonat vor: Passt Ihnen ${v.slot}? Wir klären Ihre offenen Fragen, und Sie sagen mir, ob wir weitermachen – ein klares Nein hilft mir genauso.`,
      (v) =>
        `${v.reference}\n\nIch schlage vor, dass wir die Entscheidung in 15 Minuten am Telefon klären: Passt Ihnen ${v.slot}? Falls nicht, nennen Sie mir gern einen anderen Zeitpunkt.`,
      (v) =>
        `${v.reference}\n\nMein Vorschlag für den nächsten Schritt: ein kurzes Gespräch am ${v.slot.replace(/, um/, ' um')}, in dem wir festlegen, ob und wie es weitergeht. Passt Ihnen das?`,
    ],
    informal: [
      (v) =>
        `${v.reference}\n\nLass uns den nächsten Schritt kurz am Telefon klären: Passt dir ${v.slot}? Dann sagst du mir, ob wir weitermachen – ein klares Nein ist auch völlig okay.`,
      (v) =>
        `${v.reference}\n\nMein Vorschlag: 15 Minuten am Telefon, ${v.slot}, und danach wissen wir beide, ob es weitergeht. Passt dir das?`,
    ],
  },
  en: {
    formal: [
      (v) =>
        `${v.reference}\n\nTo make the decision easy, could we take 15 minutes on ${v.slot}? We can go through any open questions, and you tell me whether to go ahead – a clear no is just as helpful.`,
      (v) =>
        `${v.reference}\n\nI suggest we settle the next step in a short call: would ${v.slot} work for you? If not, please suggest another time.`,
    ],
    informal: [
      (v) =>
        `${v.reference}\n\nCould we grab 15 minutes on ${v.slot} to decide on next steps? A clear no is totally fine too.`,
      (v) =>
        `${v.reference}\n\nHow about a quick call on ${v.slot}? Then we both know whether this goes ahead.`,
    ],
  },
};

const REFERENCE: Record<
  Language,
  Record<Register, { own: Template; thread: Template; request: Template }>
> = {
  de: {
    formal: {
      own: (v) => v.reference,
      thread: (v) =>
        `wie in Ihrer letzten Nachricht vereinbart („${v.reference}“), melde ich mich wegen ${v.topic}.`,
      request: (v) => `Sie hatten mich gebeten, Ihnen ein Angebot zu ${v.topic} zu schicken.`,
    },
    informal: {
      own: (v) => v.reference,
      thread: (v) =>
        `wie in deiner letzten Nachricht vereinbart („${v.reference}“), melde ich mich wegen ${v.topic}.`,
      request: (v) => `du hattest mich gebeten, dir ein Angebot zu ${v.topic} zu schicken.`,
    },
  },
  en: {
    formal: {
      own: (v) => v.reference,
      thread: (v) =>
        `As agreed in your last email ("${v.reference}"), I'm coming back to you about ${v.topic}.`,
      request: (v) => `You asked me for a proposal on ${v.topic}.`,
    },
    informal: {
      own: (v) => v.reference,
      thread: (v) => `As agreed in your last email ("${v.reference}"), here I am about ${v.topic}.`,
      request: (v) => `You asked me for a proposal on ${v.topic}.`,
    },
  },
};

const ABORT: Record<Language, Record<Register, Template[]>> = {
  de: {
    formal: [
      (v) =>
        `ich habe zu ${v.topic} länger nichts von Ihnen gehört und gehe davon aus, dass das Thema bei Ihnen gerade keine Priorität hat – das ist völlig in Ordnung.\n\nIch schließe den Vorgang deshalb auf meiner Seite und melde mich nicht weiter dazu. Wenn es später wieder aktuell wird, melden Sie sich einfach – ich freue mich dann, von Ihnen zu hören.`,
      (v) =>
        `da ich zu ${v.topic} nichts mehr von Ihnen gehört habe, nehme ich an, dass gerade andere Themen wichtiger sind. Das ist völlig in Ordnung.\n\nIch lege den Vorgang deshalb zu den Akten und werde Sie dazu nicht weiter kontaktieren. Sollte das Thema wieder aktuell werden, bin ich gern für Sie da.`,
    ],
    informal: [
      (v) =>
        `ich hab zu ${v.topic} länger nichts von dir gehört – kein Problem, ich nehme an, es passt gerade nicht.\n\nIch schließe das Thema bei mir ab und melde mich nicht weiter dazu. Wenn es später wieder passt, meld dich einfach.`,
    ],
  },
  en: {
    formal: [
      (v) =>
        `I haven't heard back about ${v.topic}, so I'll assume it isn't a priority right now – that's completely fine.\n\nI'll close the file on my end and won't follow up further. Should it become relevant again, just reply to this email and I'll gladly pick it up from there.`,
      (v) =>
        `Since I haven't heard back about ${v.topic}, I take that as a sign that the timing isn't right – no problem at all.\n\nI'm closing the file on our side and won't reach out again about it. If your plans change, I'd be glad to hear from you.`,
    ],
    informal: [
      (v) =>
        `I haven't heard back about ${v.topic}, so I'll assume the timing isn't right – totally fine.\n\nI'll close this out on my end and stop following up. If it comes back around, just hit reply.`,
    ],
  },
};

const NEXT_STEP: Record<Language, Record<Register, Template>> = {
  de: {
    formal: (v) =>
      `Passt Ihnen ein kurzes Telefonat am ${v.slot.replace(/, um/, ' um')}, damit wir den nächsten Schritt festlegen?`,
    informal: (v) =>
      `Passt dir ein kurzes Telefonat am ${v.slot.replace(/, um/, ' um')}, damit wir den nächsten Schritt festlegen?`,
  },
  en: {
    formal: (v) => `Could we take 15 minutes on ${v.slot} to agree on the next step?`,
    informal: (v) => `Could we grab 15 minutes on ${v.slot} to agree on the next step?`,
  },
};

const DEFAULT_TOPIC: Record<Language, string> = { de: 'unserem Angebot', en: 'our proposal' };

export function buildSuggestions(input: SuggestionInput): Suggestion[] {
  const { lang, verdict, signals } = input;
  if (verdict === 'none' || verdict === 'abort' || verdict === 'follow-up') return [];
  const addressing = readAddressing(input.newText, lang, input.to);
  const register: Register = addressing.informal ? 'informal' : 'formal';
  // The same draft always gets the same wording.
  const seed = hash(input.subject + input.newText);
  const pick = <T>(list: T[]) => list[seed % list.length];
  const topic = topicOf(input.subject, lang);
  const slot = formatSlot(addBusinessDays(input.now, 2), lang);
  const refs = REFERENCE[lang][register];
  const reference = input.agreementSentence
    ? refs.own({ topic, slot, reference: input.agreementSentence })
    : input.threadAgreement
      ? refs.thread({ topic, slot, reference: input.threadAgreement.text })
      : refs.request({ topic, slot, reference: '' });
  const vars: Vars = { topic, slot, reference };

  const followUp = wrap(addressing, pick(FOLLOW_UP[lang][register])(vars), lang, input.senderName);
  const abort = wrap(addressing, pick(ABORT[lang][register])(vars), lang, input.senderName);
  const suggestions: Suggestion[] = [];

  if (verdict === 'weak' && signals.agreement && !signals.timebound) {
    suggestions.push({
      kind: 'add-next-step',
      text: withSentence(input.newText, addressing, NEXT_STEP[lang][register](vars)),
    });
  }
  if (verdict === 'weak' && !signals.agreement && input.threadAgreement) {
    const sentence = refs.thread({ topic, slot, reference: input.threadAgreement.text });
    suggestions.push({
      kind: 'reference-agreement',
      text: withSentence(input.newText, addressing, sentence, true),
    });
  }
  suggestions.push({ kind: 'follow-up', text: followUp });
  suggestions.push({ kind: 'abort', text: abort });

  const abortFirst = signals.priorUnanswered >= input.abortThreshold;
  const recommended = abortFirst ? 'abort' : suggestions[0].kind;
  const ordered = [
    ...suggestions.filter((s) => s.kind === recommended),
    ...suggestions.filter((s) => s.kind !== recommended),
  ];
  return ordered.map((s, i) => ({ kind: s.kind, text: s.text, html: toHtml(s.text), recommended: i === 0 }));
}

/** "AW: Angebot Website-Relaunch" → „Angebot Website-Relaunch“. */
export function topicOf(subject: string, lang: Language): string {
  const clean = subject
    .replace(/^(?:\s*(?:re|aw|wg|fw|fwd|antw|sv|vs|tr)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .replace(
      /^(?:(?:unser(?:e|em)?|mein(?:e|em)?|Ihr(?:e)?|our|my|your|the)\s+)?(?:Angebot|Offerte|Kostenvoranschlag|Honorarangebot|proposal|quote|quotation|offer)\b(?:\s*(?:für|zu|zum|zur|for|on)\b)?[\s:–-]*/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return DEFAULT_TOPIC[lang];
  return lang === 'de' ? `„${clean}“` : `"${clean}"`;
}

function wrap(addressing: Addressing, body: string, lang: Language, senderName?: string): string {
  const signoff = addressing.signoff || defaultSignoff(lang, senderName);
  return `${addressing.greeting}\n\n${body}\n\n${signoff}`;
}

function defaultSignoff(lang: Language, name?: string): string {
  const words = lang === 'de' ? 'Viele Grüße' : 'Best regards';
  return name ? `${words}\n${name}` : words;
}

/** The rep's own text with one sentence added at the end of the body (or at its start). */
function withSentence(text: string, a: Addressing, sentence: string, atStart = false): string {
  const body = text.slice(a.bodyStart, a.bodyEnd).trim();
  const head = text.slice(0, a.bodyStart).trim();
  const tail = text.slice(a.bodyEnd).trim();
  const newBody = atStart ? `${sentence}\n\n${body}` : `${body}\n\n${sentence}`;
  return [head, newBody, tail].filter(Boolean).join('\n\n');
}

function toHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** FNV-1a: a stable small number per draft, to pick a wording. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
