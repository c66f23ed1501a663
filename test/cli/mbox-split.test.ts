// The mbox reader must find the same messages however the file arrives in chunks, undo the
// ">From " escaping, and never buffer a message past the size cap.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MboxMessage, NotAnMboxError, readEmlHead, splitMbox } from '../../src/cli/mbox';
import { fixtures } from './run-cli';

async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function split(bytes: Buffer, chunkSize = bytes.length || 1, max?: number): Promise<MboxMessage[]> {
  const entries: MboxMessage[] = [];
  for await (const entry of splitMbox(inChunks(bytes, chunkSize), max)) entries.push(entry);
  return entries;
}

const texts = (entries: MboxMessage[]) => entries.map((e) => e.raw.toString('utf8'));

describe('splitMbox', () => {
  const mailbox = readFileSync(path.join(fixtures, 'mailbox.mbox'));

  it('finds the five messages of a Takeout-style mbox, without the separator lines', async () => {
    const messages = texts(await split(mailbox));
    expect(messages).toHaveLength(5);
    expect(messages[0]).toMatch(/^X-GM-THRID: 1851234567890123456\n/);
    expect(messages[4]).toContain('Rechnung Nr. 2026-1187');
    for (const m of messages) expect(m).not.toMatch(/^From \d/m);
  });

  it('unescapes ">From " body lines', async () => {
    const [, , reply] = texts(await split(mailbox));
    expect(reply).toContain('\nFrom what I have seen so far');
    expect(reply).not.toContain('>From');
  });

  it('gives identical messages for every chunk size, down to one byte', async () => {
    const whole = texts(await split(mailbox));
    for (const size of [1, 2, 3, 5, 7, 64, 1000]) expect(texts(await split(mailbox, size))).toEqual(whole);
  });

  it('handles CRLF files, mboxrd ">>From ", and a last line without a newline', async () => {
    const mbox = Buffer.from(
      'From a@b Mon Nov 23 08:15:00 2026\r\nSubject: one\r\n\r\n>>From here on\r\n\r\n' +
        'From a@b Mon Nov 23 08:16:00 2026\r\nSubject: two\r\n\r\n>From the end',
    );
    for (const size of [1, 4, mbox.length]) {
      expect(texts(await split(mbox, size))).toEqual([
        'Subject: one\r\n\r\n>From here on\r\n\r\n',
        'Subject: two\r\n\r\nFrom the end',
      ]);
    }
  });

  it('keeps only the head of a message past the read limit, with its full size, and the ones around it', async () => {
    const big = 'x'.repeat(200);
    const mbox = Buffer.from(
      `From a\nSubject: small\n\nhi\nFrom b\nSubject: big\n\n${big}\nFrom c\nSubject: last\n\nok\n`,
    );
    for (const chunkSize of [1, 16, mbox.length]) {
      const messages = await split(mbox, chunkSize, 100);
      expect(texts(messages)).toEqual([
        'Subject: small\n\nhi\n',
        `Subject: big\n\n${'x'.repeat(100 - 'Subject: big\n\n'.length)}`,
        'Subject: last\n\nok\n',
      ]);
      expect(messages.map((m) => m.size)).toEqual([19, 'Subject: big\n\n'.length + big.length + 1, 18]);
    }
  });

  it('reads only the head of a large .eml', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-eml-'));
    const file = path.join(dir, 'big.eml');
    writeFileSync(file, `Subject: big\n\n${'y'.repeat(5000)}`);
    expect((await readEmlHead(file, 1000)).toString()).toBe(`Subject: big\n\n${'y'.repeat(1000 - 14)}`);
    expect((await readEmlHead(file)).length).toBe(5014);
  });

  it('refuses a file that is not an mbox, and yields nothing for an empty one', async () => {
    await expect(split(Buffer.from('Subject: hi\n\nFrom me\n'))).rejects.toThrow(NotAnMboxError);
    await expect(split(Buffer.from('{"not": "mail"}'))).rejects.toThrow(NotAnMboxError);
    expect(await split(Buffer.alloc(0))).toEqual([]);
  });
});
