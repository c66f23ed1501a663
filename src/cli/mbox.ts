// Reads a mailbox export one message at a time. mbox (Google Takeout, Thunderbird) separates
// messages with a line starting "From "; a body line that starts with "From " was written as
// ">From " (mboxrd: any number of ">"), so we drop one ">" from those. Works on bytes, not strings:
// every message may have its own charset, which postal-mime decodes later.
import { open, opendir } from 'node:fs/promises';
import { join } from 'node:path';

export interface MboxMessage {
  /** The message's first bytes, up to the read limit. */
  raw: Buffer;
  /** Its full size; larger than raw.length when the tail (attachments) was dropped. */
  size: number;
}

/**
 * How much of each message is kept. Mail clients put the text and HTML parts before attachments, so
 * the first megabyte holds everything the engine reads; decoding a 20 MB attachment only to throw it
 * away would make an audit of a real mailbox ten times slower and its memory follow the largest mail.
 */
export const READ_LIMIT_BYTES = 1024 * 1024;

const LF = 0x0a;
const GT = 0x3e;
const FROM_ = Buffer.from('From ');

export class NotAnMboxError extends Error {}

/** Yields each message in turn; holds at most one (cut) message and one chunk in memory. */
export async function* splitMbox(
  chunks: AsyncIterable<Buffer>,
  readLimit = READ_LIMIT_BYTES,
): AsyncGenerator<MboxMessage> {
  let carry: Buffer = Buffer.alloc(0);
  let parts: Buffer[] = [];
  let size = 0;
  let started = false;

  const take = (part: Buffer) => {
    // Copy: the chunk the part points into can then be collected.
    if (size < readLimit) parts.push(Buffer.from(part.subarray(0, readLimit - size)));
    size += part.length;
  };
  const finish = (): MboxMessage => {
    const message = { raw: Buffer.concat(parts), size };
    parts = [];
    size = 0;
    return message;
  };

  for await (const chunk of chunks) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let segmentStart = 0;
    let lineStart = 0;
    for (let newline = buf.indexOf(LF); newline !== -1; newline = buf.indexOf(LF, lineStart)) {
      if (startsWith(buf, lineStart, FROM_)) {
        if (started) {
          take(buf.subarray(segmentStart, lineStart));
          yield finish();
        }
        started = true;
        segmentStart = newline + 1;
      } else if (!started) {
        // The first line of an mbox is always a separator; anything else is some other file.
        throw new NotAnMboxError('not an mbox file: it does not start with a "From " line');
      } else if (buf[lineStart] === GT && isEscapedFrom(buf, lineStart)) {
        take(buf.subarray(segmentStart, lineStart));
        segmentStart = lineStart + 1;
      }
      lineStart = newline + 1;
    }
    if (started) take(buf.subarray(segmentStart, lineStart));
    carry = Buffer.from(buf.subarray(lineStart));
  }
  if (carry.length > 0) {
    if (!started && !startsWith(carry, 0, FROM_))
      throw new NotAnMboxError('not an mbox file: it does not start with a "From " line');
    if (started) take(isEscapedFrom(carry, 0) ? carry.subarray(1) : carry);
  }
  if (started) yield finish();
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  return (
    buf.length - at >= prefix.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0
  );
}

/** ">From ", ">>From ", …: a body line escaped by the mbox writer. */
function isEscapedFrom(buf: Buffer, at: number): boolean {
  let i = at;
  while (buf[i] === GT) i++;
  return i > at && startsWith(buf, i, FROM_);
}

/** Every .eml below `dir`, sorted so an audit reads them in a stable order. */
export async function listEmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of await opendir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listEmlFiles(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.eml')) found.push(path);
  }
  return found.sort();
}

/** The first READ_LIMIT_BYTES of one .eml file (see READ_LIMIT_BYTES for why not all of it). */
export async function readEmlHead(path: string, readLimit = READ_LIMIT_BYTES): Promise<Buffer> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(readLimit);
    let filled = 0;
    while (filled < readLimit) {
      const { bytesRead } = await file.read(buffer, filled, readLimit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await file.close();
  }
}
