// HTML → plain text in one linear pass, without a DOM (Outlook's on-send runtime has none).
// Besides the text it records where mail clients mark the signature and the quoted thread, and which
// HTML offset each text line starts at, so zoning can find boundaries and hosts can splice the HTML.
// Quoted <blockquote> content is written with "> " prefixes, so the thread reads like a plain-text
// reply and one thread parser serves both formats.

export type MarkerKind =
  /** A client's own "the quoted thread starts here" element (gmail_quote, divRplyFwdMsg, …). */
  | 'quote'
  /** An element that starts the thread only when a reply header follows (<hr>, Word's border-top div). */
  | 'quote-if-header'
  /** A client's own signature element (gmail_signature, Outlook's #Signature, …). */
  | 'signature';

export interface Marker {
  kind: MarkerKind;
  /** Offset in the text where the element starts. */
  text: number;
  /** Offset of the element's start tag in the HTML. */
  html: number;
}

export interface HtmlText {
  text: string;
  markers: Marker[];
  /** For every line of `text` (by index), the HTML offset of the first tag or text that opened it. */
  lineHtmlStarts: number[];
  /** Where the rep's content begins: after <html>, <head>, <body> and wrapper divs (e.g. WordSection1). */
  contentHtmlStart: number;
}

// What each tag means for the text, as bit flags. Tag names are looked up by a hash computed while
// scanning them, so reading a tag allocates no string (this runs for every tag of every email).
const BLOCK = 1;
/** Content never shown as text (<style>, <script>, …): skipped up to the end tag. */
const HIDDEN = 2;
/** Structural tags that wrap the content and never start a line of the rep's text themselves. */
const DOCUMENT = 4;
const BR = 8;
const HR = 16;
const BLOCKQUOTE = 32;
const PRE = 64;
const PARAGRAPH = 128;
const CELL = 256;

const TAG_FLAGS: Record<string, number> = {
  address: BLOCK,
  article: BLOCK,
  aside: BLOCK,
  blockquote: BLOCK | BLOCKQUOTE,
  center: BLOCK,
  dd: BLOCK,
  div: BLOCK,
  dl: BLOCK,
  dt: BLOCK,
  fieldset: BLOCK,
  figcaption: BLOCK,
  figure: BLOCK,
  footer: BLOCK,
  form: BLOCK,
  h1: BLOCK,
  h2: BLOCK,
  h3: BLOCK,
  h4: BLOCK,
  h5: BLOCK,
  h6: BLOCK,
  header: BLOCK,
  hr: BLOCK | HR,
  li: BLOCK,
  main: BLOCK,
  nav: BLOCK,
  ol: BLOCK,
  p: BLOCK | PARAGRAPH,
  pre: BLOCK | PRE,
  section: BLOCK,
  table: BLOCK,
  tbody: BLOCK,
  thead: BLOCK,
  tfoot: BLOCK,
  tr: BLOCK,
  ul: BLOCK,
  td: CELL,
  th: CELL,
  br: BR,
  img: 0,
  script: HIDDEN,
  style: HIDDEN,
  title: HIDDEN,
  template: HIDDEN,
  xml: HIDDEN,
  noscript: HIDDEN,
  object: HIDDEN,
  html: DOCUMENT,
  head: DOCUMENT,
  body: DOCUMENT,
  meta: DOCUMENT,
  link: DOCUMENT,
  base: DOCUMENT,
};

interface TagEntry {
  name: string;
  flags: number;
}

const MAX_TAG_NAME = 12;

/** Hash of the lower-cased name s[start, end); stays a small integer. */
function tagNameHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = (h * 37 + (s.charCodeAt(k) | 32)) % 1_000_003;
  return h;
}

const TAG_TABLE = new Map<number, TagEntry>();
for (const name of Object.keys(TAG_FLAGS)) {
  TAG_TABLE.set(tagNameHash(name, 0, name.length), { name, flags: TAG_FLAGS[name] });
}

/** The known tag at s[start, end), compared case-insensitively, or undefined for any other tag. */
function lookupTag(s: string, start: number, end: number): TagEntry | undefined {
  if (end - start > MAX_TAG_NAME || end === start) return undefined;
  const entry = TAG_TABLE.get(tagNameHash(s, start, end));
  if (entry === undefined || entry.name.length !== end - start) return undefined;
  for (let k = 0; k < entry.name.length; k++) {
    if ((s.charCodeAt(start + k) | 32) !== entry.name.charCodeAt(k)) return undefined;
  }
  return entry;
}

function flagsOf(entry: TagEntry | undefined): number {
  return entry === undefined ? 0 : entry.flags;
}

/** Deeper quotes still get a prefix, but a bounded one: 10,000 nested blockquotes must not explode. */
const MAX_QUOTE_PREFIX_DEPTH = 12;

const NBSP = '\u00a0';
const NBSP_ALL = /\u00a0/g;
/** Whitespace other than single spaces; most text runs have none, so the replace is usually skipped. */
const IRREGULAR_SPACE = /[\t\n\r\f]| {2}/;
const IRREGULAR_SPACE_RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const VISIBLE_CHAR = /[^ \t\n\r\f]/;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: NBSP,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  Eacute: 'É',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  Aring: 'Å',
  AElig: 'Æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  otilde: 'õ',
  oslash: 'ø',
  Oslash: 'Ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  yacute: 'ý',
  yuml: 'ÿ',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  shy: '',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

/** Entities that old HTML (and Word) write without the closing semicolon. */
const LEGACY_ENTITIES = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'auml', 'ouml', 'uuml', 'szlig', 'copy']);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

/** Decodes one entity starting at `s[i] === '&'`; returns the text and the index after it. */
function decodeEntity(s: string, i: number): [string, number] {
  const n = s.length;
  let j = i + 1;
  if (j < n && s.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = j < n && (s.charCodeAt(j) | 32) === 120; /* x */
    if (hex) j++;
    const digitsStart = j;
    while (j < n && j - digitsStart < 8) {
      const c = s.charCodeAt(j);
      const isDigit = c >= 48 && c <= 57;
      const isHexLetter = hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70));
      if (!isDigit && !isHexLetter) break;
      j++;
    }
    if (j === digitsStart) return ['&', i + 1];
    const code = Number.parseInt(s.slice(digitsStart, j), hex ? 16 : 10);
    if (j < n && s.charCodeAt(j) === 59) j++;
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ['\ufffd', j];
    // Zero-width spaces and byte-order marks (Outlook and Gmail leave them around) carry nothing.
    if (code === 0x200b || code === 0xfeff) return ['', j];
    return [String.fromCodePoint(code), j];
  }
  while (j < n && j - i <= 10 && isAsciiAlnum(s.charCodeAt(j))) j++;
  const name = s.slice(i + 1, j);
  const value = NAMED_ENTITIES[name];
  if (value !== undefined) {
    if (j < n && s.charCodeAt(j) === 59) return [value, j + 1];
    if (LEGACY_ENTITIES.has(name)) return [value, j];
  }
  // "&nbspnow": old HTML ends a semicolon-less entity wherever a known legacy name ends.
  for (const legacy of LEGACY_ENTITIES) {
    if (name.startsWith(legacy)) return [NAMED_ENTITIES[legacy], i + 1 + legacy.length];
  }
  return ['&', i + 1];
}

/** The start tag just read. One record is reused for every tag, so reading a tag allocates nothing. */
interface StartTag {
  entry: TagEntry | undefined;
  isAnchor: boolean;
  end: number;
  id?: string;
  class?: string;
  name?: string;
  type?: string;
  style?: string;
}

type TagAttributes = Pick<StartTag, 'id' | 'class' | 'name' | 'type' | 'style'>;

const tag: StartTag = { entry: undefined, isAnchor: false, end: 0 };

/** Reads a start tag's name and the attributes zoning needs (values as written) into `tag`. */
function readStartTag(s: string, i: number): void {
  const n = s.length;
  let j = i + 1;
  while (j < n && !isHtmlSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 62 && s.charCodeAt(j) !== 47) j++;
  tag.entry = lookupTag(s, i + 1, j);
  tag.isAnchor = j === i + 2 && (s.charCodeAt(i + 1) | 32) === 97; /* a */
  tag.id = undefined;
  tag.class = undefined;
  tag.name = undefined;
  tag.type = undefined;
  tag.style = undefined;
  while (j < n) {
    let c = s.charCodeAt(j);
    if (c === 62) {
      tag.end = j + 1;
      return;
    }
    if (isHtmlSpace(c) || c === 47) {
      j++;
      continue;
    }
    const nameStart = j;
    while (j < n) {
      c = s.charCodeAt(j);
      if (isHtmlSpace(c) || c === 61 || c === 62 || c === 47) break;
      j++;
    }
    if (j === nameStart) {
      j++;
      continue;
    }
    const wanted = wantedAttribute(s, nameStart, j);
    while (j < n && isHtmlSpace(s.charCodeAt(j))) j++;
    let valueStart = j;
    let valueEnd = j;
    if (j < n && s.charCodeAt(j) === 61) {
      j++;
      while (j < n && isHtmlSpace(s.charCodeAt(j))) j++;
      const q = s.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = s.indexOf(q === 34 ? '"' : "'", j + 1);
        valueStart = j + 1;
        // An unterminated quote would swallow the rest of the document; end the tag at the next '>'.
        if (close < 0) {
          const tagEnd = s.indexOf('>', j + 1);
          valueEnd = tagEnd < 0 ? n : tagEnd;
          j = valueEnd;
        } else {
          valueEnd = close;
          j = close + 1;
        }
      } else {
        valueStart = j;
        while (j < n && !isHtmlSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 62) j++;
        valueEnd = j;
      }
    }
    if (wanted !== undefined) tag[wanted] = s.slice(valueStart, valueEnd);
  }
  tag.end = n;
}

/** The few attributes zoning reads; compared in place so other attributes cost no allocation. */
const WANTED_ATTRIBUTES: ReadonlyArray<'id' | 'class' | 'name' | 'type' | 'style'> = [
  'id',
  'class',
  'name',
  'type',
  'style',
];

function wantedAttribute(s: string, start: number, end: number): keyof TagAttributes | undefined {
  const length = end - start;
  if (length < 2 || length > 5) return undefined;
  for (const attr of WANTED_ATTRIBUTES) {
    if (attr.length !== length) continue;
    let k = 0;
    while (k < length && (s.charCodeAt(start + k) | 32) === attr.charCodeAt(k)) k++;
    if (k === length) return attr;
  }
  return undefined;
}

/** Which zoning marker, if any, the tag just read is. Ordered by client. */
function markerKindOf(flags: number): MarkerKind | undefined {
  if (tag.id === undefined && tag.class === undefined && tag.name === undefined && tag.type === undefined) {
    if (flags & HR) return 'quote-if-header';
    if (tag.style === undefined) return undefined;
  }
  const id = tag.id ?? '';
  const cls = tag.class ?? '';
  // Gmail: the thread container and the signature block carry stable class names.
  // (Old Gmail's gmail_extra is no marker: it can hold the signature before the gmail_quote.)
  if (cls.indexOf('gmail_quote') >= 0) return 'quote';
  if (cls.indexOf('gmail_signature') >= 0) return 'signature';
  // Outlook on the web / new Outlook: #appendonsend precedes the <hr> and #divRplyFwdMsg header.
  if (id === 'appendonsend' || /divRplyFwdMsg$/.test(id)) return 'quote';
  if (id === 'Signature' || id === 'ms-outlook-mobile-signature') return 'signature';
  // Outlook for Mac and new Outlook for Mac.
  if (id === 'OLK_SRC_BODY_SECTION' || id === 'mail-editor-reference-message-container') return 'quote';
  // Classic Outlook (Word HTML) bookmarks: end of compose / start of the original / the auto-signature.
  if (tag.isAnchor && (tag.name === '_MailOriginal' || tag.name === '_MailEndCompose')) return 'quote';
  if (tag.isAnchor && tag.name === '_MailAutoSig') return 'signature';
  // Apple Mail and Thunderbird cite with <blockquote type="cite">; Thunderbird/Yahoo name their parts.
  if (flags & BLOCKQUOTE && (tag.type ?? '').toLowerCase() === 'cite') return 'quote';
  if (cls.indexOf('moz-cite-prefix') >= 0 || cls.indexOf('yahoo_quoted') >= 0) return 'quote';
  if (cls.indexOf('moz-signature') >= 0) return 'signature';
  if (id === 'AppleMailSignature' || id === 'lineBreakAtBeginningOfSignature') return 'signature';
  // Word's reply header is a div with only a top border; <hr> precedes Outlook web's older header.
  if (flags & HR) return 'quote-if-header';
  const style = tag.style;
  const isDiv = tag.entry !== undefined && tag.entry.name === 'div';
  if (isDiv && style !== undefined && /border-top:/i.test(style) && /border:\s*none/i.test(style)) {
    return 'quote-if-header';
  }
  return undefined;
}

/** Builds the text line by line; trailing spaces are dropped and quoted lines get "> " prefixes. */
class TextWriter {
  private readonly lines: string[] = [];
  private line = '';
  private lineHasContent = false;
  private pendingSpace = false;
  private committedLength = 0;
  private awaitingLineStart = true;
  readonly lineHtmlStarts: number[] = [];
  /** HTML offset of the token being processed; a line opened without a tag of its own starts here. */
  tokenOffset = 0;
  quoteDepth = 0;
  preDepth = 0;

  get offset(): number {
    return this.committedLength + this.line.length;
  }

  get atLineStart(): boolean {
    return !this.lineHasContent;
  }

  /** Called for every tag or text token: the first one after a line break is where that line starts. */
  noteToken(htmlOffset: number): void {
    if (this.awaitingLineStart) {
      this.lineHtmlStarts.push(htmlOffset);
      this.awaitingLineStart = false;
    }
  }

  private beginContent(): void {
    if (!this.lineHasContent) {
      this.lineHasContent = true;
      if (this.quoteDepth > 0)
        this.line = `${'>'.repeat(Math.min(this.quoteDepth, MAX_QUOTE_PREFIX_DEPTH))} `;
    }
  }

  writeText(t: string): void {
    if (this.preDepth > 0) {
      this.writePreformatted(t);
      return;
    }
    // Native replaces are much faster than a char loop: collapse whitespace runs, then trim the ends.
    let core = IRREGULAR_SPACE.test(t) ? t.replace(IRREGULAR_SPACE_RUN, ' ') : t;
    const leadingSpace = core.charCodeAt(0) === 32;
    const trailingSpace = core.length > 0 && core.charCodeAt(core.length - 1) === 32;
    if (leadingSpace || trailingSpace)
      core = core.slice(leadingSpace ? 1 : 0, trailingSpace ? -1 : undefined);
    if (core.length === 0) {
      if (this.lineHasContent && (leadingSpace || trailingSpace)) this.pendingSpace = true;
      return;
    }
    if (leadingSpace && this.lineHasContent) this.pendingSpace = true;
    this.beginContent();
    if (this.pendingSpace) this.line += ' ';
    // A non-breaking space is content (Word's blank paragraphs hold one) but reads as a space.
    this.line += core.indexOf(NBSP) >= 0 ? core.replace(NBSP_ALL, ' ') : core;
    this.pendingSpace = trailingSpace;
  }

  /** writeText for whitespace only: at most one space, and only between words. */
  writeBlank(): void {
    if (this.lineHasContent) this.pendingSpace = true;
  }

  private writePreformatted(t: string): void {
    const parts = t.replace(/\r\n?/g, '\n').split('\n');
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) this.newline();
      if (parts[k].length === 0) continue;
      this.beginContent();
      this.line += parts[k].replace(NBSP_ALL, ' ');
    }
  }

  /** A hard line break (<br>, or a block boundary when the line has content). */
  newline(): void {
    if (this.awaitingLineStart) this.lineHtmlStarts.push(this.tokenOffset);
    let line = this.line;
    if (!this.lineHasContent && this.quoteDepth > 0) {
      line = '>'.repeat(Math.min(this.quoteDepth, MAX_QUOTE_PREFIX_DEPTH));
    }
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
    if (end < line.length) line = line.slice(0, end);
    this.lines.push(line);
    this.committedLength += line.length + 1;
    this.line = '';
    this.lineHasContent = false;
    this.pendingSpace = false;
    this.awaitingLineStart = true;
  }

  /** Block boundary: start a new line unless we are already at the start of one. */
  ensureNewline(): void {
    if (this.lineHasContent) this.newline();
  }

  /** A blank line after a paragraph with default margins (non-Word <p>). */
  ensureBlankLine(): void {
    this.ensureNewline();
    const last = this.lines.length > 0 ? this.lines[this.lines.length - 1] : '';
    if (this.lines.length > 0 && !/^>* ?$/.test(last)) this.newline();
  }

  finish(): string {
    if (this.lineHasContent) this.newline();
    // Trailing blank lines (closing </p>, <br> at the end) carry nothing.
    let count = this.lines.length;
    while (count > 0 && this.lines[count - 1].length === 0) count--;
    return (count < this.lines.length ? this.lines.slice(0, count) : this.lines).join('\n');
  }
}

/** Converts an HTML body to text plus zoning markers. Never throws; malformed HTML degrades to text. */
export function htmlToText(html: string): HtmlText {
  const s = html;
  const n = s.length;
  const out = new TextWriter();
  const markers: Marker[] = [];
  let i = 0;
  let contentHtmlStart = -1;
  let lastBlockOpen = -1;
  // Word's <p class=MsoNormal> has no margins (blank lines are their own paragraphs); other <p> do.
  let paragraphHasMargin = false;
  const missing: MissingCloses = { comment: false, hidden: new Set() };

  const noteContent = (at: number) => {
    if (contentHtmlStart < 0) contentHtmlStart = lastBlockOpen >= 0 ? lastBlockOpen : at;
  };

  while (i < n) {
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      writeTextRun(s, i, textEnd, out, noteContent);
      i = textEnd;
      continue;
    }
    // s[i] === '<'
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (next === 33 /* ! */) {
      i = skipDeclarationOrComment(s, i, missing);
      continue;
    }
    if (next === 63 /* ? */) {
      const close = s.indexOf('>', i);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (next === 47 /* / */ && i + 2 < n && isAsciiLetter(s.charCodeAt(i + 2))) {
      const close = s.indexOf('>', i);
      const end = close < 0 ? n : close + 1;
      let k = i + 2;
      while (k < end && isAsciiAlnum(s.charCodeAt(k))) k++;
      out.tokenOffset = end;
      handleEndTag(flagsOf(lookupTag(s, i + 2, k)));
      i = end;
      continue;
    }
    if (!isAsciiLetter(next)) {
      // A stray '<' ("a < b", "<3") is text, up to the next '<' that starts markup.
      const textEnd = nextMarkupStart(s, i + 1);
      writeTextRun(s, i, textEnd, out, noteContent);
      i = textEnd;
      continue;
    }
    readStartTag(s, i);
    const tagStart = i;
    const flags = flagsOf(tag.entry);
    i = tag.end;
    if (flags & HIDDEN) {
      i = skipHiddenContent(s, i, tag.entry!.name, missing);
      continue;
    }
    if (flags & DOCUMENT) continue;
    out.tokenOffset = tagStart;
    const kind = markerKindOf(flags);
    const isBlock = (flags & BLOCK) !== 0;
    if (isBlock) {
      out.ensureNewline();
      if (contentHtmlStart < 0) lastBlockOpen = tagStart;
    }
    out.noteToken(tagStart);
    if (kind !== undefined) markers.push({ kind, text: out.offset, html: tagStart });
    if (flags & BR) {
      noteContent(tagStart);
      out.newline();
    } else if (flags & BLOCKQUOTE) {
      out.quoteDepth++;
    } else if (flags & PRE) {
      out.preDepth++;
    } else if (flags & PARAGRAPH) {
      paragraphHasMargin = (tag.class ?? '').indexOf('Mso') < 0;
    } else if (flags & CELL) {
      if (!out.atLineStart) out.writeText(' ');
    } else if (!isBlock) {
      noteContent(tagStart);
    }
  }

  function handleEndTag(flags: number): void {
    if (flags & BLOCKQUOTE) {
      out.ensureNewline();
      if (out.quoteDepth > 0) out.quoteDepth--;
    } else if (flags & PRE) {
      out.ensureNewline();
      if (out.preDepth > 0) out.preDepth--;
    } else if (flags & PARAGRAPH) {
      if (paragraphHasMargin) out.ensureBlankLine();
      else out.ensureNewline();
    } else if (flags & BLOCK) {
      out.ensureNewline();
    }
  }

  const text = out.finish();
  return {
    text,
    markers,
    lineHtmlStarts: out.lineHtmlStarts,
    contentHtmlStart: contentHtmlStart < 0 ? n : contentHtmlStart,
  };
}

function writeTextRun(
  s: string,
  start: number,
  end: number,
  out: TextWriter,
  noteContent: (at: number) => void,
): void {
  // Most runs between tags are only the source's line breaks and indentation: no string needed.
  if (out.preDepth === 0 && isBlank(s, start, end)) {
    out.tokenOffset = start;
    out.writeBlank();
    return;
  }
  const raw = s.slice(start, end);
  const decoded = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
  const hasVisible = VISIBLE_CHAR.test(decoded);
  out.tokenOffset = start;
  if (hasVisible || out.preDepth > 0) {
    out.noteToken(start);
    if (hasVisible) noteContent(start);
  }
  out.writeText(decoded);
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** The next '<' at or after `from` that starts a tag, an end tag, a comment or a declaration. */
function nextMarkupStart(s: string, from: number): number {
  let k = from;
  while (k < s.length) {
    const lt = s.indexOf('<', k);
    if (lt < 0) return s.length;
    const c = lt + 1 < s.length ? s.charCodeAt(lt + 1) : 0;
    if (isAsciiLetter(c) || c === 47 /* / */ || c === 33 /* ! */ || c === 63 /* ? */) return lt;
    k = lt + 1;
  }
  return s.length;
}

function decodeEntities(raw: string): string {
  let decoded = '';
  let k = 0;
  while (k < raw.length) {
    const amp = raw.indexOf('&', k);
    if (amp < 0) {
      decoded += raw.slice(k);
      break;
    }
    decoded += raw.slice(k, amp);
    const [value, after] = decodeEntity(raw, amp);
    decoded += value;
    k = after;
  }
  return decoded;
}

/**
 * Searches that failed once fail for every later position too; remembering them keeps inputs like
 * 100,000 unclosed "<!--" or "<style>" linear instead of quadratic.
 */
interface MissingCloses {
  comment: boolean;
  hidden: Set<string>;
}

/** Skips <!-- … -->, Word's conditional comments, <!DOCTYPE>, and <![if …]>/<![endif]> markers. */
function skipDeclarationOrComment(s: string, i: number, missing: MissingCloses): number {
  if (s.startsWith('<!--', i)) {
    const close = missing.comment ? -1 : s.indexOf('-->', i + 4);
    if (close >= 0) return close + 3;
    missing.comment = true;
    // An unclosed comment would hide the rest of the mail; end it at the next '>' instead.
    const gt = s.indexOf('>', i + 4);
    return gt < 0 ? s.length : gt + 1;
  }
  const close = s.indexOf('>', i + 2);
  return close < 0 ? s.length : close + 1;
}

/** Skips the content of <style>, <script>, … up to the matching end tag (case-insensitive). */
function skipHiddenContent(s: string, i: number, name: string, missing: MissingCloses): number {
  const n = s.length;
  if (missing.hidden.has(name)) return n;
  let k = i;
  while (k < n) {
    const lt = s.indexOf('</', k);
    if (lt < 0) break;
    if (s.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name) {
      const gt = s.indexOf('>', lt);
      return gt < 0 ? n : gt + 1;
    }
    k = lt + 2;
  }
  missing.hidden.add(name);
  return n;
}
