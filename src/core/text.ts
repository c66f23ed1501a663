// Small text utilities shared across the engine: word boundaries that know umlauts, sentences with
// their offsets into the new text, and HTML escaping for the texts the engine writes.

/** Letters and digits of the Latin scripts (what `\w` would be if it knew umlauts and accents). */
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  isQuestion: boolean;
}

/**
 * Splits at . ! ? followed by whitespace, and at line breaks. Abbreviations and dates ("3.12.", "Dr.",
 * "z. B.") keep their dot: a dot after a digit or a one/two-letter word does not end a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const body = text.slice(s, e);
      sentences.push({ start: s, end: e, text: body, isQuestion: body.charCodeAt(body.length - 1) === 63 });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i + 1);
    } else if (
      (ch === '.' || ch === '!' || ch === '?') &&
      (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))
    ) {
      if (ch === '.' && !endsSentence(text, i)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return sentences;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function endsSentence(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  if (/^[0-9]+$/.test(word)) return false; // "3.12." "am 24. November"
  return word.length > 2 || word === 'ab' || word === 'an' || word === 'so';
}

/** The index of the sentence that contains offset `at` (sentences are sorted). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

const HTML_SPECIAL = /[&<>"]/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML content or attribute value. One pass; most text has nothing to escape. */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (ch) => HTML_ESCAPES[ch]);
}
