// Splits a compose body into the rep's new text, the signature and the quoted thread.
//
// Decisions:
// - The new text keeps the greeting and the sign-off ("Viele Grüße\nJonas Dietrich"): they are what the
//   rep wrote now, and the engine reads the register and the names from them. The signature is the
//   block after the sign-off name (title, company, phone, legal lines), a "-- " block, a client's
//   signature element, or a mobile footer ("Sent from my iPhone").
// - The thread starts at the first reply header or client quote element; everything after it is quoted.
// - Only explicit, client-made boundaries and well-known header shapes are trusted; when nothing is
//   found the whole body is new text and `hasThread` is false ("unknown", not "no earlier messages").
import { type HtmlText, htmlToText, type Marker } from './html';
import { type Line, parseThread, readHeaderAt, splitLines } from './thread';
import type { BodyFormat, Person } from './types';

/** One earlier message found in the quoted thread, newest first. */
export interface ThreadMessage {
  from: Person;
  /** The recipients from an Outlook-style header (To:/An:), when the header has them. */
  to?: Person[];
  /** Date as written in the header line, if any. */
  dateText?: string;
  text: string;
}

export interface ZonedBody {
  newText: string;
  signature: string;
  quoted: string;
  /** True when a quoted thread was found; false means "unknown", not "no earlier messages". */
  hasThread: boolean;
  /** The quoted thread split into messages, newest first. */
  messages: ThreadMessage[];
  /** The greeting phrase of the new text: "Hallo Herr Maier,", "Dear Ms. Patel,", "Hi Sam,". */
  greeting?: string;
  /** The name in the greeting: "Herr Maier", "Ms. Patel", "Sam" (absent for "Hallo zusammen"). */
  greetedName?: string;
  /** The closing phrase: "Viele Grüße", "Best regards". */
  closing?: string;
  /** The name under the closing (or in the signature's first line when the client put it there). */
  signoffName?: string;
  /** The name heading the signature block ("-- \nKevin Brandt\n…"), which names the sender too. */
  signatureName?: string;
}

/** Where the zones are, in the plain text and (for HTML) in the original body. Used by insert.ts. */
export interface ZoneLayout {
  text: string;
  lines: Line[];
  html?: HtmlText;
  /** First line of the signature; equals quoteLine when there is none. */
  signatureLine: number;
  signatureMarker?: Marker;
  /** First line of the quoted thread; lines.length when there is none. */
  quoteLine: number;
  quoteMarker?: Marker;
  greetingLine: number;
  closing?: string;
  signoffName?: string;
}

const GREETING =
  /^(Sehr geehrte[rs]?|Liebe[rs]?|Hallo|Hi|Hey|Hello|Dear|Guten (?:Tag|Morgen|Abend)|Moin(?: moin)?|Servus|Grüß (?:Gott|Sie|dich|euch)|Grüezi|Good (?:morning|afternoon|evening)|Morning|Hej|Hallöchen)(?=[ ,!]|$)/i;
/** What ends the name part of a greeting line. */
const GREETING_NAME_END = /[,!:;—–?]| - /;
/** Without punctuation ("hey hector did u get…") the name is the capitalised run or the first word. */
const GREETING_NAME_START =
  /^(?:(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.) )*(?:[A-ZÄÖÜÀ-Þ][^ ]*(?: [A-ZÄÖÜÀ-Þ][^ ]*){0,2}|[^ ]+)/;
/** Greetings to a group carry no name to address. */
const GROUP_ADDRESS =
  /(?:^|[ ])(?:Team|Kollegium|Sir or Madam)$|^(?:zusammen|alle|allerseits|miteinander|team|Damen und Herren|all|everyone|everybody|folks|there|both|guys|together|liebe Kolleg)/i;

const CLOSING_DE =
  /^(?:(?:Mit )?(?:freundlichen|besten|herzlichen|lieben|vielen|sonnigen|schönen|kollegialen|freundlichem|herzlichem|bestem)? ?Gr(?:ü|ue|u)(?:ß|ss)(?:en|e)?|(?:Viele|Beste|Liebe|Herzliche|Schöne|Freundliche|Sonnige|Frohe) Gr(?:ü|ue)(?:ß|ss)e|Gruß|Grüße|MfG|LG|VG|BG|Danke|Vielen Dank|Herzlichen Dank|Besten Dank|Dankeschön|Danke schön|Bis (?:bald|dann|später|morgen)|Alles Gute|Ciao|Tschüss|Servus|Schönes Wochenende|Herzlichst|Hochachtungsvoll|Es grüßt|Freundlich grüßt|Beste Wünsche)(?=[ ,.!]|$)/i;
const CLOSING_EN =
  /^(?:Best(?: regards| wishes)?|Kind(?:est)? regards|Warm(?:est)? regards|Regards|Many thanks|Thanks(?: again| so much| a lot| in advance)?|Thank you(?: again| so much)?|Thx|Cheers|Sincerely|Yours(?: sincerely| truly| faithfully)?|All the best|All best|Talk soon|Speak soon|Take care|Warmly|Respectfully|Cordially|With thanks|With best wishes|Have a (?:great|good|nice) (?:day|weekend|week))(?=[ ,.!]|$)/i;
/** Closings can carry more words ("Herzliche Grüße aus Köln", "Alles Gute für Sie und Ihr Team"). */
const MAX_CLOSING_LENGTH = 60;

/** A name line: one to four capitalised words ("Kim", "Dr. Eva Pfister", "i.A. Jonas Dietrich"). */
const NAME_LINE =
  /^(?:(?:i\.\s?A\.|i\.\s?V\.|ppa\.)\s)?(?:(?:Dr|Prof|Dipl\.-Ing|Mag)\.\s)*[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.-]*(?:\s(?:von |van |de |zu )?[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.-]*){0,3}$/;
const NAME_BEFORE_DETAILS = /^([^|·,]{2,40}?)\s*[|·,–-]\s/;

const MOBILE_FOOTER =
  /^(?:Sent from (?:my |Mail for |Outlook for |Yahoo Mail for )?(?:iPhone|iPad|Android|Samsung|Galaxy|BlackBerry|mobile|Mail|Outlook|Gmail|smartphone)|Sent via |Get Outlook for (?:iOS|Android)|Von meinem (?:iPhone|iPad|Smartphone|Android|Samsung|Handy|Mobiltelefon|Galaxy)[^.]{0,30} gesendet|Gesendet (?:von|mit) (?:meinem |der |dem )?(?:iPhone|iPad|Smartphone|Android|Samsung|Handy|Mobiltelefon|Galaxy|Outlook|WEB\.DE|GMX|Mail)|Outlook für (?:iOS|Android) beziehen|Diese Nachricht wurde von meinem )/i;

/** Lines that belong to contact details or legal boilerplate, whatever their length. */
const SIGNATURE_DETAIL =
  /(?:@|www\.|https?:|\+\d|\d{3,}[ /-]?\d{2,}|\b(?:Tel|Tel\.|Fon|Phone|Mobil|Mobile|Fax|Cell)\b|\b[TMFE]:|GmbH|\bAG\b|\bKG\b|\bLtd|\bLLC|\bInc\b|\bUG\b|\bmbH|\bHRB\b|\bHRA\b|USt|VAT|Amtsgericht|Registergericht|Sitz der|Geschäftsführ|Vorstand|Registered|Company No|Impressum|Datenschutz|confidential|vertraulich|intended|Empfänger|recipient|disclaimer|Kammer|Berufsbezeichnung|Aufsichtsbehörde|Straße|Str\.|Allee|Avenue|Street|Road|\b\d{5} [A-ZÄÖÜ])/i;

function isBlank(line: Line): boolean {
  return line.content.length === 0;
}

/** A line that reads like a sentence the rep wrote rather than a signature line. */
function isProse(content: string): boolean {
  if (SIGNATURE_DETAIL.test(content)) return false;
  const words = content.split(' ').length;
  return words >= 14 || (words >= 6 && /[.?!:]$/.test(content));
}

function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nextNonBlank(lines: Line[], from: number, limit: number): number {
  let k = from;
  while (k < limit && isBlank(lines[k])) k++;
  return k;
}

interface Boundary {
  line: number;
  marker?: Marker;
}

function findQuoteStart(lines: Line[], format: BodyFormat, markers: Marker[]): Boundary {
  let best: Boundary = { line: lines.length };
  for (const m of markers) {
    if (m.kind === 'quote') {
      best = { line: lineIndexAt(lines, m.text), marker: m };
      break;
    }
  }
  for (let i = 0; i < best.line; i++) {
    const line = lines[i];
    if (format === 'text' && line.depth > 0) {
      best = { line: attributionBefore(lines, i) };
      break;
    }
    if (line.content && readHeaderAt(lines, i)) {
      best = { line: i };
      break;
    }
  }
  // <hr> or Word's border-top div directly before a header: the kept part starts at the element.
  for (const m of markers) {
    if (m.kind !== 'quote-if-header') continue;
    const at = lineIndexAt(lines, m.text);
    if (at > best.line) break;
    // The header follows within a few (blank) lines; a bounded look keeps many <hr>s linear.
    const header = nextNonBlank(lines, at, Math.min(lines.length, at + 4));
    if (header < lines.length && header <= best.line + 1 && readHeaderAt(lines, header)) {
      if (at < best.line || !best.marker || m.html < best.marker.html) best = { line: at, marker: m };
      break;
    }
  }
  return best;
}

/** In plain text, an attribution line (possibly wrapped, possibly followed by a blank) precedes "> " lines. */
function attributionBefore(lines: Line[], quoteLine: number): number {
  for (let back = 1; back <= 4 && quoteLine - back >= 0; back++) {
    const k = quoteLine - back;
    if (lines[k].depth > 0) break;
    if (isBlank(lines[k])) continue;
    const header = readHeaderAt(lines, k);
    if (header && header.next >= quoteLine - 1) return k;
  }
  return quoteLine;
}

function findExplicitSignature(lines: Line[], end: number, markers: Marker[]): Boundary {
  let best: Boundary = { line: end };
  for (const m of markers) {
    if (m.kind !== 'signature') continue;
    const at = lineIndexAt(lines, m.text);
    if (at < best.line) best = { line: at, marker: m };
    break;
  }
  for (let i = 0; i < best.line; i++) {
    const c = lines[i].content;
    if (c === '--' || c === '-- ' || c === '—' || MOBILE_FOOTER.test(c)) {
      return { line: i };
    }
  }
  return best;
}

/** Any short line with a greeting word closes: "Viele liebe Grüße aus dem Allgäu", "Warm regards from Leeds". */
const CLOSING_WORD = /Gr(?:ü|ue|u)(?:ß|ss)|grüßt|regards|wishes/i;

function matchClosing(content: string): string | undefined {
  if (content.length > MAX_CLOSING_LENGTH || /[?]$/.test(content)) return undefined;
  if (CLOSING_DE.test(content) || CLOSING_EN.test(content)) return content;
  if (CLOSING_WORD.test(content) && content.split(' ').length <= 8 && !/\.$/.test(content)) return content;
  return undefined;
}

/** "Thanks, Owen" / "LG Kim": a closing with the name on the same line. Returns the name part. */
function nameOnClosingLine(content: string): string | undefined {
  const m =
    /^(?:Thanks|Thank you|Cheers|Best|Danke|LG|VG|BG|Gruß|Grüße|Ciao|Regards|Viele Grüße|Liebe Grüße|Beste Grüße)[,!]? ([A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+(?: [A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+)?)$/.exec(
      content,
    );
  return m ? m[1] : undefined;
}

function looksLikeName(content: string): boolean {
  return content.length <= 40 && NAME_LINE.test(content);
}

/** Directly under a closing, a lower-case first name is still a name ("cheers,\nfiachra"). */
function looksLikeNameUnderClosing(content: string): boolean {
  return looksLikeName(content) || /^[a-zà-öø-ÿ][a-zà-öø-ÿĀ-ſ'’-]{1,20}$/.test(content);
}

/** The name at the start of a signature line like "Owen Pritchard | Senior Account Manager". */
function nameFromSignatureLine(content: string): string | undefined {
  if (looksLikeName(content)) return content;
  const m = NAME_BEFORE_DETAILS.exec(content);
  return m && looksLikeName(m[1].trim()) ? m[1].trim() : undefined;
}

interface Signoff {
  closingLine: number;
  nameLine: number;
  closing?: string;
  name?: string;
  /** Where a heuristic signature (lines after the name) starts, or -1. */
  signatureLine: number;
}

/** Finds the closing and the name under it, searching upwards from the end of the new text. */
function findSignoff(lines: Line[], from: number, end: number, sigEnd: number): Signoff {
  const none: Signoff = { closingLine: -1, nameLine: -1, signatureLine: -1 };
  let seenNonBlank = 0;
  for (let i = end - 1; i > from && seenNonBlank < 30; i--) {
    const content = lines[i].content;
    if (!content) continue;
    seenNonBlank++;
    const closing = matchClosing(content);
    if (!closing) continue;
    const inlineName = nameOnClosingLine(content);
    let nameLine = -1;
    let name: string | undefined;
    if (inlineName) {
      nameLine = i;
      name = inlineName;
    } else {
      const k = nextNonBlank(lines, i + 1, Math.min(i + 3, sigEnd));
      if (k < sigEnd) {
        const candidate = k < end ? lines[k].content : nameFromSignatureLine(lines[k].content);
        if (candidate && looksLikeNameUnderClosing(candidate)) {
          nameLine = k;
          name = candidate;
        }
      }
    }
    const after = nameLine >= 0 ? nameLine + 1 : i + 1;
    const rest = nextNonBlank(lines, after, end);
    // A sentence right after the closing means it was not the end of the message ("Thanks!" up top,
    // or a P.S.). Disclaimers further down are part of the signature.
    if (rest < end && isProse(lines[rest].content)) return none;
    return {
      closingLine: i,
      nameLine,
      closing: inlineName
        ? content.slice(0, content.length - inlineName.length).replace(/[ ,!]+$/, '')
        : closing,
      name,
      signatureLine: rest < end ? rest : -1,
    };
  }
  return none;
}

/**
 * No closing phrase: a name line followed by contact details ("Claudia Rehm\nPartnerin\n…GmbH\nT +49…")
 * still marks the signature. Needs a detail line and no sentence below it, so a short last sentence is
 * never taken. One backward pass over the last lines keeps this linear.
 */
function findBareSignature(lines: Line[], from: number, end: number): number {
  let details = 0;
  let following = 0;
  let found = -1;
  let seen = 0;
  for (let i = end - 1; i > from && seen < 25; i--) {
    const content = lines[i].content;
    if (!content) continue;
    seen++;
    // A signature block is contiguous: "Paul\n\nPaul Okafor\nConsultant" starts at "Paul Okafor".
    const startsBlock = isBlank(lines[i - 1]) && i + 1 < end && !isBlank(lines[i + 1]);
    if (startsBlock && details >= 1 && following >= 2 && nameFromSignatureLine(content)) found = i;
    if (isProse(content)) break;
    following++;
    if (SIGNATURE_DETAIL.test(content)) details++;
  }
  return found;
}

/** Finds every zone boundary of a body. Linear in the body's length. */
export function layoutBody(body: string, format: BodyFormat): ZoneLayout {
  const html = format === 'html' ? htmlToText(body) : undefined;
  const text = html ? html.text : body;
  const lines = splitLines(text);
  const markers = html ? html.markers : [];
  const quote = findQuoteStart(lines, format, markers);
  const explicitSig = findExplicitSignature(lines, quote.line, markers);
  const greetingLine = nextNonBlank(lines, 0, explicitSig.line);
  const signoff = findSignoff(lines, greetingLine, explicitSig.line, quote.line);
  let signatureLine = explicitSig.line;
  let signatureMarker = explicitSig.marker;
  if (signoff.signatureLine >= 0 && signoff.signatureLine < signatureLine) {
    signatureLine = signoff.signatureLine;
    signatureMarker = undefined;
  } else if (signoff.closingLine < 0 && signatureLine === quote.line) {
    const bare = findBareSignature(lines, greetingLine, signatureLine);
    if (bare >= 0) signatureLine = bare;
  }
  let signoffName = signoff.name;
  if (signoffName === undefined && signoff.closingLine < 0 && signatureLine > greetingLine + 1) {
    // "…\n\nPaul\n\nPaul Okafor\nPrincipal Consultant": a lone name as the last line of the new text.
    const last = nextNonBlankBackwards(lines, signatureLine - 1);
    if (last > greetingLine && isBlank(lines[last - 1]) && looksLikeName(lines[last].content)) {
      const words = lines[last].content.split(' ').length;
      if (words <= 3) signoffName = lines[last].content;
    }
  }
  return {
    text,
    lines,
    html,
    signatureLine,
    signatureMarker,
    quoteLine: quote.line,
    quoteMarker: quote.marker,
    greetingLine,
    closing: signoff.closing,
    signoffName,
  };
}

function nextNonBlankBackwards(lines: Line[], from: number): number {
  let k = from;
  while (k > 0 && isBlank(lines[k])) k--;
  return k;
}

function sliceLines(layout: ZoneLayout, from: number, to: number): string {
  const { lines, text } = layout;
  if (from >= to || from >= lines.length) return '';
  const slice = text.slice(lines[from].start, lines[to - 1].end).trim();
  // Zones are read by the engine, which expects "\n" line ends whatever the body used.
  return slice.indexOf('\r') >= 0 ? slice.replace(/\r\n?/g, '\n') : slice;
}

const PRONOUN = /^(?:ich|wir|du|sie|ihr|er|es|man|i|we|you|they|he|she|it|just|quick|kurz|nur)$/i;

/** "Sandra," alone on the first line greets by name without a greeting word. */
const BARE_NAME_GREETING = /^([A-ZÄÖÜÀ-Þ][a-zà-öø-ÿĀ-ſ'’-]+(?: [A-ZÄÖÜÀ-Þ][a-zà-öø-ÿĀ-ſ'’-]+)?),$/;

function readGreeting(content: string): { greeting: string; name?: string } | undefined {
  const m = GREETING.exec(content);
  if (!m) {
    const bare = BARE_NAME_GREETING.exec(content);
    return bare ? { greeting: content, name: bare[1] } : undefined;
  }
  // "Guten Tag, Herr Maier," puts a comma between the greeting word and the name.
  let restStart = m[0].length;
  if (content.charCodeAt(restStart) === 44 && content.charCodeAt(restStart + 1) === 32) restStart++;
  if (content.charCodeAt(restStart) === 32) restStart++;
  const rest = content.slice(restStart, restStart + 80);
  const endMatch = GREETING_NAME_END.exec(rest);
  let name = '';
  let greetingEnd = content.length;
  if (endMatch && endMatch.index <= 50) {
    name = rest.slice(0, endMatch.index).trim();
    greetingEnd = restStart + endMatch.index + endMatch[0].trim().length;
  } else if (rest.length > 0) {
    name = GREETING_NAME_START.exec(rest)?.[0] ?? '';
    greetingEnd = restStart + name.length;
  }
  const greeting = content.slice(0, greetingEnd).trim();
  const words = name.split(' ');
  // Lower case is fine for a first name ("hey hector"), not for a clause ("Hallo, ich wollte …").
  const clause = /^[a-zà-öø-ÿ]/.test(name) && (words.length > 1 || PRONOUN.test(name));
  if (!name || words.length > 6 || clause || GROUP_ADDRESS.test(name)) return { greeting };
  return { greeting, name };
}

/** Signature lines that name a role or a department, not a person ("Leasing Director", "Vertrieb"). */
const ROLE_WORD =
  /(?:^|[ -])(?:Director|Manager|Consultant|Team|Desk|Accounts?|Receivable|Payable|Customer|Success|Sales|Support|Service|Office|Department|Partner|Partnerin|Lead|Head|Officer|Engineer|Specialist|Coordinator|Assistant|Owner|Founder|CEO|CFO|COO|CTO|Vertrieb|Buchhaltung|Abwicklung|Auftragsabwicklung|Vertragsmanagement|Expansion|Entwicklung|Leitung|Assistenz|Geschäftsführ\S*|Berater\S*|Inhaber\S*|Steuerberater\S*|Referent\S*|Kundenservice|Kundenberatung|Verkauf|Innendienst|Außendienst|Einkauf|Disposition|Management|Marketing)(?:$|[ ,-])/i;

const COMPANY =
  /(?:GmbH|\bAG\b|\bKG\b|\bSE\b|\bSA\b|\bCo\.|\bLtd|\bLLC|\bInc\b|\bUG\b|e\.K\.|\bPte\b|\bPLC\b)/;

/** The first name-like line among the first lines of the signature (after "--"). */
function readSignatureName(lines: Line[], from: number, to: number): string | undefined {
  let seen = 0;
  for (let k = from; k < to && seen < 3; k++) {
    const content = lines[k].content;
    if (!content || content === '--' || content === '—') continue;
    seen++;
    if (MOBILE_FOOTER.test(content)) continue;
    const name = nameFromSignatureLine(content);
    // A person's full name: two to four words, neither a role nor a company ("… GmbH", "… Co.").
    if (name && name.indexOf(' ') > 0 && !ROLE_WORD.test(name) && !COMPANY.test(name)) return name;
  }
  return undefined;
}

/**
 * Plain "> " quoting without an attribution line names nobody; the quoted message's own sign-off
 * ("Viele Grüße\nBen", "LG Kim") still tells who wrote it.
 */
function fillSenderFromSignoff(message: ThreadMessage): void {
  const lines = splitLines(message.text);
  const signoff = findSignoff(lines, -1, lines.length, lines.length);
  if (signoff.name && looksLikeName(signoff.name)) message.from = { name: signoff.name };
}

/** Zones a compose body. Never throws; an unrecognised body is all new text. */
export function zoneBody(body: string, format: BodyFormat): ZonedBody {
  const layout = layoutBody(body, format);
  const { lines, quoteLine, signatureLine } = layout;
  const quotedLines = lines.slice(quoteLine);
  const quoted = sliceLines(layout, quoteLine, lines.length);
  const zoned: ZonedBody = {
    newText: sliceLines(layout, 0, signatureLine),
    signature: sliceLines(layout, signatureLine, quoteLine),
    quoted,
    hasThread: quoted.length > 0,
    messages: quoted.length > 0 ? parseThread(quotedLines) : [],
  };
  for (const message of zoned.messages) {
    if (!message.from.name && !message.from.email) fillSenderFromSignoff(message);
  }
  if (layout.greetingLine < signatureLine) {
    const greeting = readGreeting(lines[layout.greetingLine].content);
    if (greeting) {
      zoned.greeting = greeting.greeting;
      if (greeting.name) zoned.greetedName = greeting.name;
    }
  }
  if (layout.closing) zoned.closing = layout.closing;
  if (layout.signoffName) zoned.signoffName = layout.signoffName;
  const signatureName = readSignatureName(lines, signatureLine, quoteLine);
  if (signatureName) zoned.signatureName = signatureName;
  return zoned;
}
