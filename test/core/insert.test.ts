import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextToHtml, replaceNewText, splitForInsert } from '../../src/core/insert';
import type { BodyFormat } from '../../src/core/types';
import { zoneBody } from '../../src/core/zoning';
import { CORPUS_DIR, DEV_CORPUS_FILES, devCorpusPresent } from './dev-corpus';

const fixtureDir = join(__dirname, '../fixtures/zoning');
const fixtures = readdirSync(fixtureDir).map((file) => ({
  file,
  body: readFileSync(join(fixtureDir, file), 'utf8'),
  format: (file.endsWith('.html') ? 'html' : 'text') as BodyFormat,
}));

const replacementText =
  'Hallo Frau Test,\n\nich rufe Sie wie vereinbart am Donnerstag um 10 Uhr an.\n\nViele Grüße\nMax';

describe('splitForInsert and replaceNewText on every fixture', () => {
  it.each(fixtures)('$file', ({ body, format }) => {
    const split = splitForInsert(body, format);
    expect(split.newPart + split.keptPart).toBe(body);
    expect(split.keptPart.length).toBeGreaterThan(0);
    expect(body.startsWith(split.head)).toBe(true);

    const replacement = format === 'html' ? plainTextToHtml(replacementText) : replacementText;
    const result = replaceNewText(body, format, replacement);
    expect(result.endsWith(split.keptPart)).toBe(true);

    // The host's view after the insert: the new text is the suggestion, signature and thread unchanged.
    const before = zoneBody(body, format);
    const after = zoneBody(result, format);
    expect(after.newText).toBe(replacementText);
    expect(after.signature).toBe(before.signature);
    expect(after.quoted).toBe(before.quoted);
    expect(after.messages).toEqual(before.messages);
  });
});

describe('where the kept part starts', () => {
  it.each([
    ['outlook-web-reply-de.html', '<div id="Signature"'],
    ['outlook-classic-word-reply-de.html', '<p class="MsoNormal"><a name="_MailAutoSig">'],
    ['outlook-mac-reply-en.html', '<span id="OLK_SRC_BODY_SECTION">'],
    ['outlook-ios-footer-en.html', '<div id="ms-outlook-mobile-signature"'],
    ['gmail-reply-signature-en.html', '<span class="gmail_signature_prefix">'],
    ['gmail-reply-de.html', '<div class="gmail_quote gmail_quote_container">'],
    ['thunderbird-reply-de.html', '<div class="moz-signature">'],
    ['text-original-message-en.txt', '-----Original Message-----'],
    ['text-quoted-en.txt', '--\nRyan Cooper'],
    ['iphone-footer-de.txt', 'Von meinem iPhone gesendet'],
    ['outlook-web-plaintext-reply-en.txt', '________________________________\nFrom:'],
  ])('%s', (file, start) => {
    const fixture = fixtures.find((f) => f.file === file)!;
    expect(splitForInsert(fixture.body, fixture.format).keptPart.startsWith(start)).toBe(true);
  });

  it('starts at the Word reply header when there is no signature', () => {
    const body =
      '<html><body><div class=WordSection1><p class=MsoNormal>Hi Tom,<o:p></o:p></p><p class=MsoNormal>Any news?<o:p></o:p></p>' +
      "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Tom &lt;tom@x.com&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Me<br><b>Subject:</b> Quote</p></div>" +
      '<p class=MsoNormal>The quote.</p></div></body></html>';
    const split = splitForInsert(body, 'html');
    expect(split.keptPart.startsWith("<div style='border:none;border-top:solid #E1E1E1")).toBe(true);
    expect(split.head).toBe('<html><body><div class=WordSection1>');
  });

  it('starts at #appendonsend in Outlook on the web when there is no signature', () => {
    const body =
      '<div class="elementToProof">Hi Tom, any news?</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Tom &lt;tom@x.com&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Me<br><b>Subject:</b> Q</div><div>The quote.</div>';
    expect(splitForInsert(body, 'html').keptPart.startsWith('<div id="appendonsend">')).toBe(true);
  });
});

describe('bodies without a boundary', () => {
  it('makes the whole text body the new part', () => {
    const split = splitForInsert('Hi Sam, any news?', 'text');
    expect(split).toEqual({ newPart: 'Hi Sam, any news?', keptPart: '', head: '', gap: '' });
    expect(replaceNewText('Hi Sam, any news?', 'text', 'Hi Sam, new text.')).toBe('Hi Sam, new text.');
  });

  it('keeps the HTML wrapper balanced', () => {
    const body =
      '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Sam, any news?</p></div></body></html>';
    const result = replaceNewText(body, 'html', '<p>New</p>');
    expect(result).toBe('<html><body><div class="WordSection1"><p>New</p></div></body></html>');
  });

  it('replaces an empty draft', () => {
    expect(replaceNewText('', 'html', '<div>Neu</div>')).toBe('<div>Neu</div>');
    expect(replaceNewText('', 'text', 'Neu')).toBe('Neu');
  });
});

describe('plainTextToHtml', () => {
  it('writes one div per line, escapes, and marks blank lines', () => {
    expect(plainTextToHtml('A & B\n\n<C>')).toBe('<div>A &amp; B</div><div><br></div><div>&lt;C&gt;</div>');
  });
});

describe.skipIf(!devCorpusPresent)('insert on the development corpus', () => {
  it.each(DEV_CORPUS_FILES)('%s: the suggestion becomes the new text, signature and thread stay', (file) => {
    const emails = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as {
      body: string;
      format: BodyFormat;
    }[];
    for (const { body, format } of emails) {
      const replacement = format === 'html' ? plainTextToHtml(replacementText) : replacementText;
      const result = replaceNewText(body, format, replacement);
      expect(result.endsWith(splitForInsert(body, format).keptPart)).toBe(true);
      const before = zoneBody(body, format);
      const after = zoneBody(result, format);
      expect(after.newText).toBe(replacementText);
      expect(after.signature).toBe(before.signature);
      expect(after.quoted).toBe(before.quoted);
    }
  });
});
