// Derives, from a rule's readable pattern, words of which every match must contain at least one
// ("nachhak", "checking"), and words every match starts with. The matcher runs a pattern only where
// its words are in the text: word lookups instead of regex runs, which is most of the engine's speed.
// Only plain ASCII letter runs of 3+ characters count (umlauts, spaces and apostrophes are
// expanded by the compiler, so they cannot be searched for literally).

interface Item {
  /** A literal ASCII letter or digit, or null for anything else (class, escape, umlaut, space…). */
  ch: string | null;
  group?: Item[][];
  required: boolean;
  /** A quantifier other than none or `?`: the item may repeat, so a run cannot continue past it. */
  repeats: boolean;
}

export function requiredWords(source: string): string[] | null {
  const parser = { s: source.toLowerCase(), i: 0 };
  const alternatives = parseAlternatives(parser);
  return wordsOfAlternatives(alternatives);
}

/**
 * For a pattern without top-level `|`: every set of words of which each match contains one, in
 * pattern order ("(?:habe|hatte) ich Ihnen (?:\\S+ )*geschickt" → [habe, hatte], [ich], [ihnen],
 * [geschickt]). Each set on its own is a necessary condition, so all together filter best.
 */
export function requiredWordSets(source: string): string[][] {
  const parser = { s: source.toLowerCase(), i: 0 };
  const alternatives = parseAlternatives(parser);
  if (alternatives.length !== 1) {
    const words = wordsOfAlternatives(alternatives);
    return words ? [words] : [];
  }
  return candidateSets(alternatives[0]);
}

/** More leading words than this and the pattern is left to a plain regex scan. */
const MAX_LEADING_WORDS = 64;

/**
 * Words (2+ ASCII letters or digits) one of which every match STARTS with ("rufe", "um" for
 * `(?:rufe|um) (?:ich )?…`), or null when a match may start otherwise (a class, an umlaut, an
 * optional part before the second letter). The matcher then tries the regex only where a word of the
 * text begins with one, instead of scanning the whole text.
 */
export function leadingWords(source: string): string[] | null {
  const parser = { s: source.toLowerCase(), i: 0 };
  const words = leadingOfAlternatives(parseAlternatives(parser), [], '');
  return words && words.length <= MAX_LEADING_WORDS ? [...new Set(words)] : null;
}

function leadingOfAlternatives(alternatives: Item[][], rest: Item[], prefix: string): string[] | null {
  const all: string[] = [];
  for (const sequence of alternatives) {
    const words = leadingOfSequence(sequence.concat(rest), prefix);
    if (!words || all.length + words.length > MAX_LEADING_WORDS) return null;
    all.push(...words);
  }
  return all;
}

function leadingOfSequence(sequence: Item[], prefix: string): string[] | null {
  let word = prefix;
  for (let i = 0; i < sequence.length; i++) {
    const item = sequence[i];
    if (!item.required || item.repeats) break;
    if (item.group) return leadingOfAlternatives(item.group, sequence.slice(i + 1), word);
    if (!item.ch) break;
    word += item.ch;
  }
  return word.length >= 2 ? [word] : null;
}

function parseAlternatives(p: { s: string; i: number }): Item[][] {
  const alternatives: Item[][] = [[]];
  while (p.i < p.s.length) {
    const c = p.s[p.i];
    if (c === ')') break;
    if (c === '|') {
      p.i++;
      alternatives.push([]);
      continue;
    }
    const item = parseAtom(p);
    if (item) alternatives[alternatives.length - 1].push(item);
  }
  return alternatives;
}

function parseAtom(p: { s: string; i: number }): Item | null {
  const c = p.s[p.i];
  let item: Item | null;
  if (c === '\\') {
    const next = p.s[p.i + 1] ?? '';
    p.i += 2;
    item = next === 'b' || next === 'B' ? null : { ch: null, required: true, repeats: false };
  } else if (c === '[') {
    p.i++;
    while (p.i < p.s.length && p.s[p.i] !== ']') p.i += p.s[p.i] === '\\' ? 2 : 1;
    p.i++;
    item = { ch: null, required: true, repeats: false };
  } else if (c === '(') {
    const lookaround = p.s[p.i + 1] === '?' && (p.s[p.i + 2] === '=' || p.s[p.i + 2] === '!');
    p.i += p.s[p.i + 1] === '?' ? 3 : 1;
    const group = parseAlternatives(p);
    p.i++; // ')'
    item = lookaround ? null : { ch: null, group, required: true, repeats: false };
  } else if (c === '^' || c === '$') {
    p.i++;
    item = null;
  } else {
    p.i++;
    item = { ch: /[a-z0-9]/.test(c) ? c : null, required: true, repeats: false };
  }
  // Quantifier.
  const q = p.s[p.i];
  if (q === '?' || q === '*' || q === '+' || q === '{') {
    let min = 1;
    if (q === '?' || q === '*') min = 0;
    if (q === '{') {
      const close = p.s.indexOf('}', p.i);
      min = Number.parseInt(p.s.slice(p.i + 1, close), 10) || 0;
      p.i = close;
    }
    p.i++;
    if (p.s[p.i] === '?') p.i++; // lazy
    if (item) {
      item.required = min > 0;
      item.repeats = true;
    }
  }
  return item;
}

/** Every match contains at least one word of the returned set; null when no such set is known. */
function wordsOfAlternatives(alternatives: Item[][]): string[] | null {
  const all: string[] = [];
  for (const sequence of alternatives) {
    const words = wordsOfSequence(sequence);
    if (!words) return null;
    all.push(...words);
  }
  return all;
}

function wordsOfSequence(sequence: Item[]): string[] | null {
  const candidates = candidateSets(sequence);
  if (candidates.length === 0) return null;
  // The best set is the one whose shortest word is longest (fewest false hits), then the smallest.
  const score = (set: string[]) => Math.min(...set.map((w) => w.length)) * 100 - set.length;
  return candidates.reduce((best, set) => (score(set) > score(best) ? set : best));
}

function candidateSets(sequence: Item[]): string[][] {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 3) candidates.push([run]);
    run = '';
  };
  for (const item of sequence) {
    if (item.group) {
      flush();
      if (item.required) {
        const words = wordsOfAlternatives(item.group);
        if (words) candidates.push(words);
      }
      continue;
    }
    if (item.ch && item.required) {
      run += item.ch;
      if (item.repeats) flush();
    } else {
      flush();
    }
  }
  flush();
  return candidates;
}
