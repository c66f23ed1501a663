// Turns what a user points the CLI at (.eml, .html/.htm, .txt, or stdin) into the engine's input.
// Mail from the wild comes in many encodings; we decode what we can and name the file when we can't.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime, { type Address } from 'postal-mime';
import type { AnalysisInput, Person } from '../core';

/** A draft read from one input; `date` is the message's Date header, when it had one. */
export interface Draft {
  input: AnalysisInput;
  date?: string;
}

/** One input that could not be read; the CLI reports it and carries on with the others. */
export class InputError extends Error {}

const TEXT_EXTENSIONS: Record<string, 'eml' | 'html' | 'text'> = {
  '.eml': 'eml',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** Reads one draft from a file, or from stdin for "-". */
export async function readDraft(file: string): Promise<Draft> {
  if (file === '-') return draftFromBytes(await readStdin(), sniffKind);
  const ext = extname(file).toLowerCase();
  if (ext === '.mbox') throw new InputError(`${file} is a mailbox; use "klarheit audit ${file}"`);
  const kind = TEXT_EXTENSIONS[ext];
  if (!kind) throw new InputError(`${file}: unsupported file type (use .eml, .html, .htm or .txt)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  try {
    return await draftFromBytes(bytes, () => kind);
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function draftFromBytes(bytes: Uint8Array, kindOf: (text: string) => 'eml' | 'html' | 'text') {
  if (bytes.length === 0) throw new InputError('the input is empty');
  const text = decodeText(bytes);
  const kind = kindOf(text);
  if (kind === 'eml') return parseEml(bytes);
  return { input: { subject: '', body: text, format: kind } } satisfies Draft;
}

/** Parses one RFC 822 message: the HTML part if there is one, else the plain-text part. */
export async function parseEml(raw: Uint8Array): Promise<Draft> {
  const email = await PostalMime.parse(raw);
  const body = email.html ?? email.text;
  if (!body) throw new InputError('the message has no text or HTML part');
  const input: AnalysisInput = { subject: email.subject ?? '', body, format: email.html ? 'html' : 'text' };
  const from = email.from ? mailboxes([email.from])[0] : undefined;
  if (from) input.from = from;
  const to = mailboxes(email.to ?? []);
  if (to.length > 0) input.to = to;
  return { input, date: email.date };
}

function mailboxes(addresses: Address[]): Person[] {
  return addresses
    .flatMap((a) => (a.group ? a.group : [a]))
    .map((m) => ({ ...(m.name ? { name: m.name } : {}), ...(m.address ? { email: m.address } : {}) }));
}

/**
 * UTF-8 (with or without BOM) or UTF-16 with a BOM; otherwise the charset an HTML file declares, and
 * Windows-1252 as the last resort (what Word and Notepad write on German and English Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new InputError('this looks like a binary file, not an email or text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const declared = /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 4096)),
    )?.[1];
    try {
      if (declared && !LATIN1_LABELS.test(declared)) return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown charset label: fall through to the Windows default.
    }
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F in Windows-1252 (€, „, “, –, …); the rest is Latin-1. Decoded by hand because Node 20's
// TextDecoder('windows-1252') decodes those bytes as C1 control characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Labels the Encoding Standard maps to Windows-1252 (Word's "Save as HTML" writes these). */
const LATIN1_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii)$/i;

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return text;
}

/** Headers first, then a blank line, with at least one header every email has: an .eml on stdin. */
export function sniffKind(text: string): 'eml' | 'html' | 'text' {
  const head = text.slice(0, 65536);
  const end = head.search(/\r?\n\r?\n/);
  if (end > 0) {
    const lines = head.slice(0, end).split(/\r?\n/);
    const headerLike = lines.every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line));
    if (headerLike && lines.some((line) => /^(from|subject|date|message-id|mime-version):/i.test(line)))
      return 'eml';
  }
  return /<(?:html|body|div|p|br|span|table|blockquote)\b/i.test(head) ? 'html' : 'text';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
