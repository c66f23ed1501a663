// Splits a compose body into the part the rep wrote now and the part a host must keep byte for byte
// (signature + quoted thread), so "Insert suggestion" replaces only the new text.
// The boundary comes from zoning (layoutBody); for HTML it is the start tag of the client's signature
// or thread element, or the first tag of the line where the signature or thread text begins.
import { escapeHtml } from './text';
import type { BodyFormat } from './types';
import { layoutBody, type ZoneLayout } from './zoning';

export interface InsertSplit {
  /** The exact prefix of the body that holds the new text: `newPart + keptPart === body`. */
  newPart: string;
  /** Signature and quoted thread, exactly as in the body. Empty when no boundary was found. */
  keptPart: string;
  /** The start of `newPart` that wraps the content (<html>, <head>, <body>, wrapper divs); kept on replace. */
  head: string;
  /** Blank lines between the new text and the kept part (e.g. "<div><br></div>" or "\n\n"); kept on replace. */
  gap: string;
}

/** Where the kept part starts in the body (an offset into `body`). */
function keptOffset(layout: ZoneLayout, body: string): number {
  const line = Math.min(layout.signatureLine, layout.quoteLine);
  if (line >= layout.lines.length) return body.length;
  if (!layout.html) return layout.lines[line].start;
  const marker = layout.signatureLine < layout.quoteLine ? layout.signatureMarker : layout.quoteMarker;
  const lineStart = layout.html.lineHtmlStarts[line];
  // An inline marker (<a name="_MailAutoSig"> inside a <p>) at the start of its line: keep the whole line.
  if (
    marker &&
    (lineStart === undefined || marker.text !== layout.lines[line].start || lineStart > marker.html)
  ) {
    return marker.html;
  }
  return lineStart === undefined ? body.length : lineStart;
}

/** Offset where the trailing blank lines before `keptLine` begin (equal to `kept` when there are none). */
function gapOffset(layout: ZoneLayout, keptLine: number, kept: number): number {
  let last = keptLine - 1;
  while (last >= 0 && layout.lines[last].content.length === 0) last--;
  if (last === keptLine - 1) return kept;
  if (!layout.html) return last < 0 ? 0 : layout.lines[last].end;
  const start = layout.html.lineHtmlStarts[last + 1];
  return start === undefined || start > kept ? kept : start;
}

/** Splits a body for insertion. Never throws; without a boundary the whole body is the new part. */
export function splitForInsert(body: string, format: BodyFormat): InsertSplit {
  const layout = layoutBody(body, format);
  const kept = keptOffset(layout, body);
  const keptLine = Math.min(layout.signatureLine, layout.quoteLine);
  const headEnd = layout.html ? Math.min(layout.html.contentHtmlStart, kept) : 0;
  const gapStart =
    keptLine < layout.lines.length ? Math.max(headEnd, gapOffset(layout, keptLine, kept)) : kept;
  return {
    newPart: body.slice(0, kept),
    keptPart: body.slice(kept),
    head: body.slice(0, headEnd),
    gap: body.slice(gapStart, kept),
  };
}

/**
 * Replaces the rep's new text with `replacement` (HTML for HTML bodies, text for text bodies) and keeps
 * the wrapper, the blank lines before the signature, the signature and the thread: the result always
 * ends with `splitForInsert(body, format).keptPart`.
 */
export function replaceNewText(body: string, format: BodyFormat, replacement: string): string {
  const split = splitForInsert(body, format);
  if (split.keptPart.length === 0) {
    return split.head + replacement + (format === 'html' ? closingTail(body, split.head) : '');
  }
  if (format === 'text') {
    const trimmed = replacement.replace(/\s+$/, '');
    const gap = split.gap.length > 0 ? split.gap : '\n\n';
    return trimmed + gap + split.keptPart;
  }
  return split.head + replacement + split.gap + split.keptPart;
}

/** Turns plain text into the simple HTML mail clients write: one <div> per line, <div><br></div> for blanks. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => (line.length === 0 ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`))
    .join('');
}

const VOID_TAGS = /^(?:br|hr|img|meta|link|input|wbr|col|area|base|source|embed|param|track)$/;

/**
 * The end tags that close what `head` opened (wrapper divs, </body>, </html>), taken from the end of
 * the body, so a body with no signature or thread keeps a balanced wrapper after replacement.
 */
function closingTail(body: string, head: string): string {
  let open = 0;
  const tagPattern = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(\/?)>/g;
  for (let m = tagPattern.exec(head); m !== null; m = tagPattern.exec(head)) {
    const name = m[2].toLowerCase();
    if (VOID_TAGS.test(name) || m[3] === '/' || name === 'head') continue;
    open += m[1] === '/' ? -1 : 1;
  }
  if (open <= 0) return '';
  // Walk back over the trailing run of end tags and whitespace; keep as many end tags as head opened.
  let k = body.length;
  let kept = 0;
  let tailStart = body.length;
  while (k > 0 && kept < open) {
    while (k > 0 && /\s/.test(body[k - 1])) k--;
    if (k === 0 || body[k - 1] !== '>') break;
    const lt = body.lastIndexOf('<', k - 1);
    if (lt < 0 || body[lt + 1] !== '/') break;
    k = lt;
    kept++;
    tailStart = lt;
  }
  return body.slice(tailStart);
}
