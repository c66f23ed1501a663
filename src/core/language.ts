// Tells German from English by counting frequent function words: robust on a few sentences,
// Austrian and Swiss German included, and costs one pass over the words.

import { isWordChar } from './text';
import type { Language } from './types';

const GERMAN =
  'ich sie wir und der die das den dem des ein eine einen einem nicht mit für auf ist sind bin war hatte habe haben ihnen ihr ihre ihren mich mir uns noch schon nur mal gern gerne bitte danke zu zum zur von vom bei beim wie wenn dass ob oder aber auch sich es kann können würde wäre hier dann doch grüße grüsse viele liebe hallo sehr geehrte geehrter herr frau melde wollte nachhaken angebot über für du dich dir euch'.split(
    ' ',
  );
const ENGLISH =
  'i you we and the a an to of in on for is are was were be been have has had it this that with your my our me us not just any if or but so can could would will let know thanks thank best regards hi hey dear hope please here there what when about from at by as up do did get got checking following proposal quote'.split(
    ' ',
  );

/** +1 for a German function word, -1 for an English one: one lookup per word of the text. */
const VOTE = new Map<string, number>();
for (const word of GERMAN) VOTE.set(word, 1);
for (const word of ENGLISH) VOTE.set(word, -1);

export interface LanguageGuess {
  language: Language;
  /** How many function words decided it: 0 means the text alone could not tell. */
  evidence: number;
}

/** A lead this large is not overturned in a mail: reading stops there (the rep's language comes first). */
const DECISIVE = 12;

export function detectLanguage(text: string): LanguageGuess {
  let de = 0;
  let en = 0;
  let i = 0;
  // A few hundred words decide it; reading further only costs time.
  const lower = text.slice(0, 4000).toLowerCase();
  const n = lower.length;
  while (i < n && Math.abs(de - en) < DECISIVE) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const s = i;
    let umlaut = false;
    while (i < n && isWordChar(lower.charCodeAt(i))) {
      const c = lower.charCodeAt(i);
      if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) umlaut = true;
      i++;
    }
    if (i > s && i - s <= 10) {
      const vote = VOTE.get(lower.slice(s, i));
      if (vote === 1) de++;
      else if (vote === -1) en++;
      if (umlaut) de += 0.5;
    }
  }
  if (de === en) return { language: 'en', evidence: 0 };
  return { language: de > en ? 'de' : 'en', evidence: Math.abs(de - en) };
}

/** The language of the new text; for one-liners ("Und??") the thread's, then the host's locale. */
export function chooseLanguage(newText: string, context: string, locale?: string): Language {
  const own = detectLanguage(newText);
  if (own.evidence >= 2) return own.language;
  const thread = detectLanguage(context);
  if (thread.evidence >= 2) return thread.language;
  if (locale && /^de/i.test(locale)) return 'de';
  if (locale && /^en/i.test(locale)) return 'en';
  return own.evidence > 0 ? own.language : thread.evidence > 0 ? thread.language : 'en';
}
