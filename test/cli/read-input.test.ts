// Reading drafts from the wild: encodings Windows tools write, binary files, and .eml parsing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, parseEml, sniffKind } from '../../src/cli/read-input';
import { fixtures } from './run-cli';

describe('decodeText', () => {
  const umlauts = 'Grüße aus Köln – Straße';

  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from(umlauts))).toBe(umlauts);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(umlauts)]))).toBe(umlauts);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(umlauts, 'utf16le')]))).toBe(
      umlauts,
    );
  });

  it('falls back to Windows-1252, or to the charset an HTML file declares', () => {
    const cp1252 = Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x96, 0x20, 0x80]); // "Grüße – €"
    expect(decodeText(cp1252)).toBe('Grüße – €');
    const html = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-15"><p>'),
      Buffer.from([0xa4]),
      Buffer.from('</p>'),
    ]);
    expect(decodeText(html)).toBe('<meta charset="iso-8859-15"><p>€</p>');
    const word = Buffer.concat([
      Buffer.from('<meta content="text/html; charset=windows-1252">'),
      Buffer.from([0x84, 0x93]),
    ]);
    expect(decodeText(word)).toBe('<meta content="text/html; charset=windows-1252">„“');
  });

  it('refuses binary files', () => {
    expect(() => decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(/binary file/);
  });
});

describe('sniffKind', () => {
  it('tells an .eml, HTML and plain text apart', () => {
    expect(sniffKind('From: a@b.de\r\nSubject: Hallo\r\n\r\nText')).toBe('eml');
    expect(sniffKind('Received: from x\n  by y\nDate: Tue, 3 Nov 2026\n\nText')).toBe('eml');
    expect(sniffKind('Hallo Frau Brandt,\n\nwie besprochen: Termin am Freitag.')).toBe('text');
    expect(sniffKind('Hinweis: bitte lesen\n\nText')).toBe('text');
    expect(sniffKind('<div dir="ltr">Hi Sam,<br>just checking in</div>')).toBe('html');
  });
});

describe('parseEml', () => {
  it('takes the HTML part, the decoded subject, and the From and To mailboxes', async () => {
    const { input, date } = await parseEml(readFileSync(path.join(fixtures, 'angebot-nachfassen.eml')));
    expect(input.format).toBe('html');
    expect(input.body).toContain('<div id="divRplyFwdMsg"');
    expect(input.subject).toBe('AW: Angebot Kundenwerk CRM – Neumann Haustechnik');
    expect(input.from).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@weber-it.de' });
    expect(input.to).toEqual([{ name: 'Dr. Katrin Neumann', email: 'k.neumann@neumann-haustechnik.de' }]);
    expect(date).toBe('2026-11-17T08:41:07.000Z');
  });

  it('falls back to the plain-text part, and fails clearly without either', async () => {
    const text = await parseEml(Buffer.from('From: a@b.de\nSubject: x\nContent-Type: text/plain\n\nHallo'));
    expect(text.input).toMatchObject({ format: 'text', body: 'Hallo\n' });
    const noBody =
      'From: a@b.de\nSubject: x\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n';
    await expect(parseEml(Buffer.from(noBody))).rejects.toThrow('the message has no text or HTML part');
  });
});
