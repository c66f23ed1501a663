// From rule matches to the six signals of SPEC.md. Each RuleSignal kind is read here, once.
import type { RuleMatch } from './match';
import type { RuleSignal } from './rules/types';
import { type Sentence, sentenceAt } from './text';
import type { Signals } from './types';

export interface SignalInput {
  text: string;
  /** The subject line: "Re:"/"AW:" says there was an earlier exchange; "Angebot"/"proposal" names an open offer. */
  subject: string;
  sentences: Sentence[];
  matches: RuleMatch[];
  priorUnanswered: number;
}

/** The matches that decided each signal: findings quote them. */
export interface SignalEvidence {
  chaser: RuleMatch[];
  pressure: RuleMatch[];
  agreement: RuleMatch[];
  value: RuleMatch[];
  reattach: RuleMatch[];
  time: RuleMatch[];
  vagueTime: RuleMatch[];
  abort: RuleMatch[];
  openMatter: RuleMatch[];
}

export interface SignalResult {
  signals: Signals;
  evidence: SignalEvidence;
}

export function computeSignals(input: SignalInput): SignalResult {
  const { text, sentences } = input;
  const quoted = quotedSpans(text);
  const bySignal = new Map<RuleSignal, RuleMatch[]>();
  for (const m of input.matches) {
    if (quoted.length > 0 && insideAny(m, quoted)) continue;
    const list = bySignal.get(m.signal);
    if (list) list.push(m);
    else bySignal.set(m.signal, [m]);
  }
  const of = (signal: RuleSignal): RuleMatch[] => bySignal.get(signal) ?? [];
  const inQuestion = (m: RuleMatch) => sentences[sentenceAt(sentences, m.start)]?.isQuestion ?? false;
  const sentenceOf = (m: RuleMatch) => sentenceAt(sentences, m.start);

  // "Ich würde dann ein paar Tage später nachfassen": announcing a later step is not chasing now.
  const chaser = of('chaser').filter(
    (m) => !ANNOUNCED.test(text.slice(sentences[sentenceOf(m)]?.start ?? 0, m.start)),
  );
  const pressure = of('pressure');
  const reattach = of('reattach');
  const openMatter = of('open-matter');
  const isReply = REPLY_SUBJECT.test(input.subject);
  const offerSubject = OFFER_SUBJECT.test(input.subject);
  const recontact = of('recontact');
  const agreementSentences = new Set(
    [...of('agreement'), ...of('agreement-delivery'), ...of('agreement-soft')].map(sentenceOf),
  );
  const vagueTime = of('vague-time');
  const time = futureTimes(
    {
      times: of('time'),
      pastMarkers: of('past-marker'),
      pastVerbs: of('past-verb'),
      // "whenever suits you": a cue inside a vague time is no next step.
      futureCues: of('future-cue').filter((f) => !vagueTime.some((v) => f.start < v.end && v.start < f.end)),
    },
    sentences,
    text,
    agreementSentences,
  );
  const timeSentences = new Set(time.map(sentenceOf));
  // "as discussed" counts when its sentence names a time or an agreed callback ("wie besprochen melde ich
  // mich nach Ihrem Urlaub"), and not when it only dresses up a chaser ("as discussed, I wanted to follow up").
  const chaserSentences = new Set(chaser.map(sentenceOf));
  const callbackSentences = new Set(of('future-cue').map(sentenceOf));
  const softAgreement = of('agreement-soft').filter((m) => {
    const s = sentenceOf(m);
    return !chaserSentences.has(s) && (timeSentences.has(s) || callbackSentences.has(s));
  });
  const callback = [...of('agreement'), ...softAgreement];
  const agreement = [...callback, ...of('agreement-delivery')].sort((a, b) => a.start - b.start);
  const reattachSentences = new Set(reattach.map(sentenceOf));
  // Value said in the same breath as reproach ("…, dass Ihnen die Sicherheit nicht so wichtig ist") is not value.
  const pressureSentences = new Set(pressure.map(sentenceOf));
  const value = of('value').filter(
    (m) => !reattachSentences.has(sentenceOf(m)) && !pressureSentences.has(sentenceOf(m)) && !inQuestion(m),
  );
  const abortHard = of('abort').filter((m) => !inQuestion(m));
  const abortSoft = of('abort-soft');
  const notReminder = of('not-reminder');
  const delegation = of('delegation');

  const isEmpty = wordCount(text) === 0;
  const hasQuestion = sentences.some((s) => s.isQuestion);
  const cleanAbort =
    pressure.length === 0 &&
    (abortHard.length > 0 ||
      // A short, question-free "you know where to find me" after unanswered mails also closes the matter.
      (abortSoft.length > 0 &&
        chaser.length === 0 &&
        !hasQuestion &&
        value.length === 0 &&
        time.length === 0 &&
        input.priorUnanswered >= 1 &&
        text.length < 300));

  let isReminder: boolean;
  if (delegation.length > 0) isReminder = false;
  else if (cleanAbort) isReminder = true;
  else if (chaser.length > 0 || pressure.length > 0 || reattach.length > 0)
    isReminder = notReminder.length < 2;
  else if (isEmpty) isReminder = input.priorUnanswered >= 1;
  else if (notReminder.length > 0) isReminder = false;
  // "wie vereinbart melde ich mich": an agreed callback is a re-contact about the open matter.
  else if (callback.length > 0) isReminder = true;
  // Delivering what was promised is a reminder only when it is about an open offer.
  else if (agreement.length > 0) isReminder = openMatter.length > 0 || input.priorUnanswered >= 1;
  else if (recontact.length > 0) isReminder = true;
  else if (openMatter.length > 0 && (value.length > 0 || input.priorUnanswered >= 1)) isReminder = true;
  // News in a reply, or about an offer named in the subject, is a reminder with value (usually weak).
  else if (value.length > 0 && (isReply || offerSubject)) isReminder = true;
  else isReminder = input.priorUnanswered >= 1;

  return {
    signals: {
      isReminder,
      agreement: agreement.length > 0,
      value: value.length > 0,
      timebound: time.length > 0,
      abort: cleanAbort,
      priorUnanswered: input.priorUnanswered,
    },
    evidence: {
      chaser,
      pressure,
      agreement,
      value,
      reattach,
      time,
      vagueTime,
      abort: cleanAbort ? [...abortHard, ...abortSoft].sort((a, b) => a.start - b.start) : [],
      openMatter,
    },
  };
}

interface TimeCues {
  times: RuleMatch[];
  pastMarkers: RuleMatch[];
  pastVerbs: RuleMatch[];
  futureCues: RuleMatch[];
}

const ANNOUNCED = /(?:würde|werde|werden)[^.!?]{0,30}(?:später|dann|danach)[^.!?]{0,40}$/i;
const REPLY_SUBJECT = /^\s*(?:re|aw|antw|sv|vs|r)\s*(?:\[\d+\])?\s*:/i;
const OFFER_SUBJECT = /angebot|offerte|kostenvoranschlag|proposal|quote|quotation|estimate|\boffer\b/i;
const DEADLINE = /^(?:bis|by|until|till|before|spätestens|no later than)\s/i;
const CLOCK =
  /[0-2]?[0-9][:.][0-5][0-9]|[0-2]?[0-9] ?(?:uhr|am|pm|a\.m\.|p\.m\.)|\b(?:um|gegen|at) [0-2]?[0-9](?![0-9.,:])/i;

/** A time followed by the week or month before ("Dienstag vergangener Woche", "Tuesday last week"). */
const LAST_PERIOD =
  /^ (?:letzte[nrsm]?|vergangene[nrsm]?|vorige[nrsm]?|last|the previous) (?:Woche|Monats?|week|month)\b/i;

/**
 * A past marker reaches its time over at most two words ("nach Ihrer Gesellschafterversammlung am
 * Dienstag", "after your board meeting on the 3rd"), however long German compounds make them.
 */
function reaches(text: string, from: number, to: number): boolean {
  return to - from <= 60 && MARKER_GAP.test(text.slice(from, to));
}
const MARKER_GAP = /^\s*(?:[^\s.,;:!?]+\s+){0,2}$/;

/** Past markers that name what came before a time ("after your meeting on Monday"). */
const AFTER = /^(?:nach|seit|after|since|following)\b/i;

/**
 * A time counts when it is a next step, not a reference to the past. Past: a marker right before it
 * ("vom 3.11.", "since October", "on our call on 12 November"), or a past verb right after it ("am
 * 17.11. vereinbart"). A sentence that tells an agreement is past unless it also names a next step
 * ("rufe ich Sie … an") or a clock time; any other sentence is past only when it has past verbs and
 * no next-step words.
 */
function futureTimes(
  cues: TimeCues,
  sentences: Sentence[],
  text: string,
  agreementSentences: Set<number>,
): RuleMatch[] {
  const kept: RuleMatch[] = [];
  let last: RuleMatch | undefined;
  for (const t of cues.times) {
    if (last && t.start < last.end) continue; // overlapping forms of one date
    last = t;
    const index = sentenceAt(sentences, t.start);
    const s = sentences[index];
    if (!s) continue;
    // Cues inside the time expression itself do not count; a cue around it ("rufe … am Montag … an") does.
    const inSentence = (m: RuleMatch) =>
      m.start >= s.start && m.end <= s.end && !(m.start >= t.start && m.end <= t.end);
    // "decide on our call Tuesday": a next-step verb right before "on/at our call" makes the call a coming
    // one; "nach Ihrem Meeting am Montag" / "after your meeting" still points back.
    const leadsIn = (m: RuleMatch) =>
      !AFTER.test(m.text) &&
      cues.futureCues.some((f) => inSentence(f) && f.start < m.start && f.end >= m.start - 3);
    if (
      cues.pastMarkers.some(
        (m) => inSentence(m) && m.end <= t.start && reaches(text, m.end, t.start) && !leadsIn(m),
      )
    ) {
      continue;
    }
    if (cues.pastVerbs.some((m) => inSentence(m) && m.start >= t.end && m.start - t.end <= 25)) continue;
    // "am Dienstag vergangener Woche", "Tuesday last week": the time itself points back.
    if (LAST_PERIOD.test(text.slice(t.end, t.end + 24))) continue;
    // A deadline ("bis Freitag"), a question ("Passt Ihnen Dienstag?") or a next-step verb makes it a next step.
    const hasFuture = DEADLINE.test(t.text) || s.isQuestion || cues.futureCues.some(inSentence);
    const hasClock = CLOCK.test(text.slice(t.start, Math.min(s.end, t.end + 30)));
    if (agreementSentences.has(index) && !hasFuture && !hasClock) continue;
    if (!hasFuture && !hasClock) continue;
    kept.push(t);
  }
  return kept;
}

const QUOTE_PAIRS: Record<string, string> = { '„': '“', '“': '”', '"': '"', '»': '«', '«': '»' };

/** Spans inside quotation marks: a phrase quoted from someone else ("just checking in") is not the rep's. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const opening = /[„“"»«]/g;
  let m = opening.exec(text);
  while (m !== null) {
    const i = m.index;
    const end = text.indexOf(QUOTE_PAIRS[m[0]], i + 1);
    if (end > i && end - i < 120 && text.lastIndexOf('\n', end) < i) {
      spans.push([i, end + 1]);
      opening.lastIndex = end + 1;
    }
    m = opening.exec(text);
  }
  return spans;
}

function insideAny(m: RuleMatch, spans: Array<[number, number]>): boolean {
  for (const [s, e] of spans) if (m.start >= s && m.end <= e) return true;
  return false;
}

const NOT_CONTENT =
  /^(?:hallo|hi|hey|dear|hello|liebe[rs]?|sehr|guten|moin|servus|grüß|grüezi|sent|gesendet|von|from|my|mein|meinem|iphone|ipad|android|outlook|get|for|ios|beste|besten|viele|herzliche|freundliche|grüße|grüsse|gruß|best|regards|thanks|cheers|danke|lg|vg|mfg)$/i;

/** Words that are not greeting, sign-off or mobile footer. */
function wordCount(text: string): number {
  let n = 0;
  const words = /[A-Za-zÀ-ɏ]{2,}/g;
  let m = words.exec(text);
  while (m !== null && n <= 3) {
    if (!NOT_CONTENT.test(m[0])) n++;
    m = words.exec(text);
  }
  // A greeting and a name are not a message: "Hi Sam, — Mike" has two words.
  return n <= 3 ? 0 : n;
}
