// Reads the quoted thread: recognises reply headers (Gmail/Apple "On … wrote:", "Am … schrieb …:",
// Outlook "From:/Sent:" and "Von:/Gesendet:" blocks, "-----Original Message-----"), splits the thread
// into messages with their senders, and counts the sender's own unanswered messages.
// Works on plain-text lines; HTML threads arrive here as text with "> " prefixes (see html.ts).
import type { Person } from './types';
import type { ThreadMessage } from './zoning';

/** One line of the plain text, with its quote depth ("> > x" and ">> x" are depth 2) stripped off. */
export interface Line {
  /** Offset of the line in the text it was split from. */
  start: number;
  /** Offset just after the line's last character (before "\n" or "\r\n"). */
  end: number;
  depth: number;
  /** The text after the quote prefix, trimmed. */
  content: string;
}

/** Splits text into lines in one pass; "\r\n" and "\n" both end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let k = start;
    let depth = 0;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 62 /* > */) depth++;
      else if (c !== 32 && c !== 9) break;
      k++;
    }
    if (depth === 0) k = start;
    lines.push({ start, end, depth, content: text.slice(k, end).trim() });
    start = nl + 1;
  }
  return lines;
}

/** A reply or forward header found in the text. */
export interface ThreadHeader {
  /** Index of the line after the header. */
  next: number;
  from: Person;
  to?: Person[];
  dateText?: string;
}

const SEPARATOR_LINE =
  /^-{2,} ?(?:Original Message|Original-Nachricht|Ursprüngliche Nachricht|Originalnachricht|Forwarded message|Weitergeleitete Nachricht|Message transféré) ?-{2,}$/i;
const FORWARD_INTRO_LINE =
  /^(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Weitergeleitete Nachricht)\s?:?$/i;
/** Outlook's plain-text reply separator: a line of underscores before the From: block. */
const UNDERSCORE_LINE = /^_{10,}$/;

const HEADER_FIELD =
  /^\*?(From|Von|Sent|Gesendet|Date|Datum|To|An|Cc|Bcc|Subject|Betreff|Reply-To|Antwort an)\*? ?:\*? ?(.*)$/i;
const FROM_FIELD = /^(from|von)$/i;
const FROM_LINE = /^\*?(?:From|Von)\*? ?:/i;

/** "On Tue, 3 Nov 2026 at 10:12, Anna Berg <anna@x.de> wrote:" (Gmail, Apple Mail, Thunderbird). */
const ATTRIBUTION_ON = /^On (.{4,260}) wrote ?:$/i;
/** "Am Di., 3. Nov. 2026 um 10:12 Uhr schrieb Anna Berg <anna@x.de>:" / "Am 19.11.26 um 08:50 schrieb Oliver Scholz:". */
const ATTRIBUTION_AM_SCHRIEB = /^Am (.{4,160}?) schrieb (.{2,200}):$/;
/** "Am 03.11.2026 um 10:12 hat Anna Berg geschrieben:" (Apple Mail, GMX/WEB.DE). */
const ATTRIBUTION_AM_HAT = /^Am (.{4,160}?) hat (.{2,200}) geschrieben ?:$/;
/** "Anna Berg <anna@x.de> schrieb am Di., 3. Nov. 2026, 10:12:" (Gmail mobile) / "Anna Berg wrote:". */
const ATTRIBUTION_NAME_FIRST =
  /^(.{2,200}?) (?:schrieb am (.{4,120})|wrote(?: on (.{4,120}))?|hat am (.{4,120}) geschrieben) ?:$/;
/** Words that make "On Monday you wrote:" or "Am Montag schrieb ich:" prose rather than a header. */
const PRONOUN_SUBJECT = /^(?:I|you|we|he|she|they|ich|Sie|du|wir|er|sie|ihr|man)(?: |$)/i;

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Tokens that belong to the date part of an attribution, not to the name. */
const DATE_TOKEN =
  /^(?:\d[\d:./-]*|at|um|Uhr|AM|PM|a\.m\.|p\.m\.|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)[.,]?$/i;

/** Parses "Name <mail>", "\"Last, First\" <mail>", "Name [mailto:mail]", "mail" into a Person. */
export function parsePerson(value: string): Person {
  const person: Person = {};
  const emailMatch = EMAIL.exec(value);
  let name = value;
  if (emailMatch) {
    person.email = emailMatch[0].toLowerCase();
    const lt = value.indexOf('<');
    const bracket = value.indexOf('[mailto:');
    const paren = value.indexOf('(');
    const cut = [lt, bracket, paren].filter((k) => k >= 0 && k <= emailMatch.index);
    name = cut.length > 0 ? value.slice(0, Math.min(...cut)) : value.replace(emailMatch[0], '');
  }
  name = name
    .replace(/["'“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(/[,:;]+$/, '').trim();
  // Outlook writes "Kranich, Holger"; one comma between two name parts means "Last, First".
  const comma = name.indexOf(',');
  if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
    const last = name.slice(0, comma).trim();
    const first = name.slice(comma + 1).trim();
    if (last && first && last.split(' ').length <= 2 && first.split(' ').length <= 3)
      name = `${first} ${last}`;
  }
  if (name && name.toLowerCase() !== person.email && /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(name)) person.name = name;
  return person;
}

function parsePeople(value: string): Person[] {
  const parts = value.indexOf(';') >= 0 ? value.split(';') : value.split(/>\s*,/);
  return parts
    .map((p) => parsePerson(p.indexOf('<') >= 0 && p.indexOf('>') < 0 ? `${p}>` : p))
    .filter((p) => p.name || p.email);
}

/** The name part of "Tue, Nov 3, 2026 at 10:12 AM Anna Berg <anna@x.de>": the last comma segment, minus date words. */
function personAfterDate(text: string): Person {
  const lt = text.indexOf('<');
  const beforeEmail = lt >= 0 ? text.slice(0, lt) : text;
  const emailPart = lt >= 0 ? text.slice(lt) : '';
  const segments = beforeEmail.split(',');
  let segment = segments[segments.length - 1].trim();
  if (!segment && segments.length > 1) segment = segments[segments.length - 2].trim();
  const words = segment.split(/\s+/);
  let k = 0;
  while (k < words.length && DATE_TOKEN.test(words[k])) k++;
  const person = parsePerson(`${words.slice(k).join(' ')} ${emailPart}`);
  if (!person.name && !person.email) {
    const email = EMAIL.exec(text);
    if (email) person.email = email[0].toLowerCase();
  }
  return person;
}

/** Recognises a one- to three-line attribution ("On … wrote:", wrapped by plain-text clients). */
function readAttribution(lines: Line[], i: number): ThreadHeader | undefined {
  const first = lines[i].content;
  if (first.length < 6 || first.length > 400) return undefined;
  let joined = first;
  for (let extra = 0; extra < 3 && i + extra < lines.length; extra++) {
    if (extra > 0) {
      const more = lines[i + extra];
      if (!more.content || more.depth !== lines[i].depth) return undefined;
      joined = `${joined} ${more.content}`;
    }
    if (joined.charCodeAt(joined.length - 1) === 58 /* : */) {
      const header = parseAttribution(joined);
      // Object.assign: the ES2016 build turns an object spread into a much slower helper.
      if (header) return Object.assign(header, { next: i + extra + 1 });
      return undefined;
    }
    // Only "On …"/"Am …" attributions wrap; a name-first one is always a single line.
    if (!/^(?:On|Am) /.test(first)) return undefined;
  }
  return undefined;
}

function parseAttribution(line: string): Omit<ThreadHeader, 'next'> | undefined {
  let m = ATTRIBUTION_ON.exec(line);
  if (m) {
    const from = personAfterDate(m[1]);
    const name = from.name ?? '';
    if (PRONOUN_SUBJECT.test(name) || (!from.name && !from.email)) return undefined;
    const dateEnd = name ? m[1].lastIndexOf(name.split(' ')[0]) : m[1].indexOf('<');
    return { from, dateText: m[1].slice(0, dateEnd > 0 ? dateEnd : m[1].length).replace(/[, ]+$/, '') };
  }
  m = ATTRIBUTION_AM_SCHRIEB.exec(line) ?? ATTRIBUTION_AM_HAT.exec(line);
  if (m) {
    if (PRONOUN_SUBJECT.test(m[2]) || !/\d/.test(m[1])) return undefined;
    return { from: parsePerson(m[2]), dateText: m[1] };
  }
  m = ATTRIBUTION_NAME_FIRST.exec(line);
  if (m) {
    if (PRONOUN_SUBJECT.test(m[1]) || /^(?:On|Am) /.test(m[1])) return undefined;
    const from = parsePerson(m[1]);
    // "Here is what the client wrote:" is prose: a header's name is capitalised or an address.
    if (!from.email && !/^[A-ZÄÖÜÀ-Þ][^ ]*(?: [A-ZÄÖÜÀ-Þ][^ ]*){0,3}$/.test(from.name ?? ''))
      return undefined;
    return { from, dateText: m[2] ?? m[3] ?? m[4] };
  }
  return undefined;
}

/** Recognises an Outlook/forward header block: From/Von plus at least one more header field. */
function readHeaderBlock(lines: Line[], i: number): ThreadHeader | undefined {
  let k = i;
  const first = lines[k].content;
  let hasSeparator = false;
  if (SEPARATOR_LINE.test(first) || FORWARD_INTRO_LINE.test(first) || UNDERSCORE_LINE.test(first)) {
    hasSeparator = true;
    k++;
    while (k < lines.length && !lines[k].content && k - i < 3) k++;
  }
  const fields: Record<string, string> = {};
  let count = 0;
  let sawFrom = false;
  const startK = k;
  while (k < lines.length && k - startK < 8) {
    const m = HEADER_FIELD.exec(lines[k].content);
    if (!m) break;
    const key = m[1].toLowerCase();
    if (k === startK && !FROM_FIELD.test(key) && !hasSeparator) return undefined;
    if (FROM_FIELD.test(key)) sawFrom = true;
    fields[key] = m[2].trim();
    count++;
    k++;
  }
  if (!sawFrom || count < 2) {
    // "-----Original Message-----" alone still starts the thread, with an unknown sender.
    if (hasSeparator && !UNDERSCORE_LINE.test(first)) return { next: k, from: {} };
    return undefined;
  }
  const fromValue = fields.from ?? fields.von ?? '';
  const toValue = fields.to ?? fields.an;
  return {
    next: k,
    from: parsePerson(fromValue),
    to: toValue ? parsePeople(toValue) : undefined,
    dateText: fields.sent ?? fields.gesendet ?? fields.date ?? fields.datum,
  };
}

/** A reply/forward header starting at line i, or undefined. */
export function readHeaderAt(lines: Line[], i: number): ThreadHeader | undefined {
  const content = lines[i].content;
  if (!content) return undefined;
  const c = content.charCodeAt(0);
  // Cheap filters first: this runs on every line of every email.
  const separator =
    c === 45 /* - */ ||
    c === 95 /* _ */ ||
    ((c === 66 || c === 65 || c === 87) && FORWARD_INTRO_LINE.test(content));
  if (
    separator ||
    ((c === 70 || c === 102 || c === 86 || c === 118 || c === 42) && FROM_LINE.test(content))
  ) {
    const block = readHeaderBlock(lines, i);
    if (block) return block;
  }
  if (content.charCodeAt(content.length - 1) === 58 || /^(?:On|Am) /.test(content)) {
    return readAttribution(lines, i);
  }
  return undefined;
}

/**
 * Real threads hold a few dozen messages at most; reading further would only let a hostile body
 * (10,000 nested quotes) cost time. Older messages never change the unanswered count.
 */
const MAX_THREAD_MESSAGES = 50;

/** Splits the quoted thread (lines from the first header on) into messages, newest first. */
export function parseThread(lines: Line[]): ThreadMessage[] {
  const messages: ThreadMessage[] = [];
  let current: ThreadMessage | undefined;
  let body: string[] = [];
  const flush = () => {
    if (current) {
      current.text = trimBlankLines(body).join('\n');
      messages.push(current);
    } else if (body.some((l) => l)) {
      // Quoted text before any header (plain "> " quoting without attribution): sender unknown.
      messages.push({ from: {}, text: trimBlankLines(body).join('\n') });
    }
    body = [];
  };
  let i = 0;
  while (i < lines.length) {
    const header = readHeaderAt(lines, i);
    if (header) {
      flush();
      if (messages.length >= MAX_THREAD_MESSAGES) return messages;
      current = { from: header.from, text: '' };
      if (header.dateText) current.dateText = header.dateText;
      if (header.to && header.to.length > 0) current.to = header.to;
      i = header.next;
      continue;
    }
    body.push(lines[i].content);
    i++;
  }
  flush();
  return messages;
}

function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]) a++;
  while (b > a && !lines[b - 1]) b--;
  return lines.slice(a, b);
}

const NAME_NOISE = new Set([
  'herr',
  'herrn',
  'frau',
  'dr',
  'prof',
  'dipl',
  'ing',
  'mag',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sir',
  'dame',
  'ia',
  'iv',
  'i.a',
  'i.v',
  'von',
  'van',
  'de',
]);

/**
 * A name's words, lower-cased, without titles and initials. Cached: samePerson compares the same few
 * names again and again (every quoted message against the sender). Callers must not change the array.
 */
function nameTokens(name: string | undefined): readonly string[] {
  if (!name) return NO_TOKENS;
  const cached = TOKENS_OF.get(name);
  if (cached) return cached;
  const tokens: string[] = [];
  for (const raw of name.toLowerCase().split(/[\s,;()|]+/)) {
    const t = PUNCT_EDGE.test(raw) ? raw.replace(PUNCT_EDGES, '') : raw;
    if (t.length > 1 && !NAME_NOISE.has(t)) tokens.push(t);
  }
  if (name.length <= MAX_CACHED_NAME) {
    if (TOKENS_OF.size >= MAX_CACHED_NAMES) TOKENS_OF.clear();
    TOKENS_OF.set(name, tokens);
  }
  return tokens;
}

const NO_TOKENS: readonly string[] = [];
const TOKENS_OF = new Map<string, readonly string[]>();
/** A few thousand names cover a mailbox's correspondents; longer texts (a signature block) are not kept. */
const MAX_CACHED_NAMES = 5000;
const MAX_CACHED_NAME = 120;
/** Dots, apostrophes and hyphens at a token's ends ("Dr." "O'"): most tokens have none. */
const PUNCT_EDGE = /^[.'-]|[.'-]$/;
const PUNCT_EDGES = /^[.'-]+|[.'-]+$/g;

function emailTokens(email: string | undefined): string[] {
  if (!email) return [];
  const local = email.slice(0, email.indexOf('@'));
  return local.split(/[._+-]+/).filter((t) => t.length > 2);
}

/**
 * Whether two people are the same: equal addresses, or matching names ("Kim" = "Kim Nguyen",
 * "Herr Wagner" = "Martin Wagner", "Owen Pritchard" = "Pritchard, Owen"). Different addresses never match.
 */
export function samePerson(a: Person, b: Person): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  const ta = nameTokens(a.name);
  const tb = nameTokens(b.name);
  if (ta.length > 0 && tb.length > 0) {
    if (ta.length >= 2 && tb.length >= 2) {
      // Same first and last name, in either order ("Baumann Corinne" is how some Swiss headers read).
      const lastA = ta[ta.length - 1];
      const lastB = tb[tb.length - 1];
      return (lastA === lastB && ta[0] === tb[0]) || (lastA === tb[0] && ta[0] === lastB);
    }
    const single = ta.length === 1 ? ta[0] : tb[0];
    const full = ta.length === 1 ? tb : ta;
    return full[0] === single || full[full.length - 1] === single;
  }
  // One side is only an address: compare its local part ("k.nguyen@…") with the other's name.
  const names = ta.length > 0 ? ta : tb;
  const locals = ta.length > 0 ? emailTokens(b.email) : emailTokens(a.email);
  return names.some((t) => locals.indexOf(t) >= 0);
}

function isKnown(p: Person | undefined): p is Person {
  return p !== undefined && Boolean(p.name || p.email);
}

/**
 * The sender's own messages in the thread that are newer than the recipient's most recent one.
 * Counting stops at the first message from anyone else; an unreadable header also stops it, so
 * the count errs low. 0 without a thread or without a known sender.
 */
export function countPriorUnanswered(messages: ThreadMessage[], sender: Person | undefined): number {
  if (!isKnown(sender)) return 0;
  let count = 0;
  for (const message of messages) {
    if (!isKnown(message.from) || !samePerson(message.from, sender)) break;
    count++;
  }
  return count;
}

/** What zoning read from the new text that helps tell who is writing. */
export interface SenderClues {
  signoffName?: string;
  signatureName?: string;
  greetedName?: string;
  /** The signature block: a shared mailbox ("ProSafe Akademie Buchhaltung") is the sender when its words are all in it. */
  signature?: string;
}

/**
 * Who wrote the draft, when the host does not say: the sign-off name (completed with the address from a
 * quoted header of the same person), else the author of a quoted message that was addressed to the
 * person the draft greets (the same direction as the draft).
 */
export function inferSender(
  messages: ThreadMessage[],
  clues: SenderClues,
  known?: Person,
): Person | undefined {
  if (isKnown(known)) {
    const match = messages.find((m) => isKnown(m.from) && samePerson(m.from, known));
    return match ? { ...match.from, ...known } : known;
  }
  for (const name of [clues.signoffName, clues.signatureName]) {
    if (!name) continue;
    const signer = { name };
    const match = messages.find((m) => isKnown(m.from) && samePerson(m.from, signer));
    if (match) return match.from;
  }
  const mailbox = clues.signature ? sharedMailboxIn(messages, clues.signature) : undefined;
  if (mailbox) return mailbox;
  // The sign-off may not match the header ("Jo" vs "Johanna Schmidt"): a quoted message addressed to
  // the person this draft greets went the same way as the draft, so its author is the sender.
  if (clues.greetedName) {
    const recipient = { name: clues.greetedName };
    for (const m of messages) {
      if (!isKnown(m.from) || samePerson(m.from, recipient)) continue;
      const addressedToRecipient =
        (m.to ?? []).some((p) => samePerson(p, recipient)) || greetsName(m.text, clues.greetedName);
      if (addressedToRecipient) return m.from;
    }
  }
  const named = clues.signoffName ?? clues.signatureName;
  if (named) return { name: named };
  if (clues.greetedName) return undefined;
  // No greeting, no name, no signature ("Ping", "hey?"): a bare bump on one's own thread.
  const newest = messages[0];
  return newest && isKnown(newest.from) ? newest.from : undefined;
}

/** A quoted sender whose name is a team mailbox named in the draft's signature (company + department). */
function sharedMailboxIn(messages: ThreadMessage[], signature: string): Person | undefined {
  let signatureTokens: readonly string[] | undefined;
  for (const m of messages) {
    const tokens = nameTokens(m.from.name);
    if (tokens.length < 2) continue;
    signatureTokens ??= nameTokens(signature.replace(/\n/g, ' '));
    if (tokens.every((t) => signatureTokens!.indexOf(t) >= 0)) return m.from;
  }
  return undefined;
}

/** Whether the first line of a message greets this name ("Hi Marco," greets "Marco"). */
function greetsName(text: string, name: string): boolean {
  const nl = text.indexOf('\n');
  const firstLine = (nl < 0 ? text : text.slice(0, nl)).slice(0, 120);
  const wanted = nameTokens(name);
  const have = nameTokens(firstLine);
  return wanted.length > 0 && wanted.every((t) => have.indexOf(t) >= 0);
}
