// Hostile and random input: zoning must never throw, must stay linear (these inputs finish quickly only
// without backtracking or recursion; the timing targets themselves live in the benchmark), and its new
// text always comes from the body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/html';
import { replaceNewText, splitForInsert } from '../../src/core/insert';
import { countPriorUnanswered, inferSender } from '../../src/core/thread';
import type { BodyFormat } from '../../src/core/types';
import { zoneBody } from '../../src/core/zoning';

function zoneEverything(body: string, format: BodyFormat) {
  const zoned = zoneBody(body, format);
  countPriorUnanswered(zoned.messages, inferSender(zoned.messages, zoned));
  const split = splitForInsert(body, format);
  expect(split.newPart + split.keptPart).toBe(body);
  expect(replaceNewText(body, format, 'x').endsWith(split.keptPart)).toBe(true);
  return zoned;
}

describe('large and deeply nested bodies', () => {
  it.each([
    [
      '1 MB of text',
      `Hallo Herr Maier,\n\n${'Ein Satz mit Inhalt, der sich wiederholt. '.repeat(25_000)}`,
      'text',
    ],
    [
      '1 MB of HTML paragraphs',
      `<div>${'<p>Hallo <b>Welt</b> &amp; mehr &auml;</p>'.repeat(25_000)}</div>`,
      'html',
    ],
    ['10,000 nested divs', `${'<div>'.repeat(10_000)}tief${'</div>'.repeat(10_000)}`, 'html'],
    ['10,000 nested blockquotes', `${'<blockquote type="cite">Ebene'.repeat(10_000)}`, 'html'],
    ['1 MB of "<"', '<'.repeat(1_000_000), 'html'],
    ['unterminated attribute quotes', '<a href="'.repeat(100_000), 'html'],
    ['unclosed comments', '<!--x'.repeat(100_000), 'html'],
    ['unclosed style elements', '<style>x'.repeat(100_000), 'html'],
    ['entity soup', '&amp&#x;&#99999999;&'.repeat(50_000), 'html'],
    ['250,000 quoted lines', '> x\n'.repeat(250_000), 'text'],
    ['header-like lines', 'From: a\nVon: b\n'.repeat(50_000), 'text'],
    ['attribution-like lines', `${'On x, y wrote'.repeat(20)}\n`.repeat(5_000), 'text'],
    ['a 1 MB line ending in a colon', `Am ${'a '.repeat(500_000)}:`, 'text'],
    ['closings and names', `Hi,\n${'Thanks,\nAnna Berg\n'.repeat(50_000)}`, 'text'],
  ] as const)('%s', (_name, body, format) => {
    const zoned = zoneEverything(body, format);
    expect(typeof zoned.newText).toBe('string');
  });

  it('bounds the quote prefix of deep nesting', () => {
    const text = htmlToText(`${'<blockquote>'.repeat(1000)}x`).text;
    expect(text.length).toBeLessThan(40);
  });
});

describe('properties', () => {
  // Strings made of the pieces zoning reacts to, so the generator hits headers, quotes and sign-offs.
  const mailLike = fc
    .array(
      fc.constantFrom(
        '\n',
        '\r\n',
        '> ',
        '>> ',
        'From: A <a@x.de>\n',
        'Sent: Mon\n',
        'Von: B\n',
        'On Tue, Anna <a@x.de> wrote:\n',
        'Am 3.11. schrieb Ben:\n',
        '-----Original Message-----\n',
        '-- \n',
        'Viele Grüße\n',
        'Anna Berg\n',
        'Hallo Herr Maier,\n',
        'Tel. +49 30 1234\n',
        'Sent from my iPhone\n',
        'text ',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  const htmlish = fc.stringMatching(
    /^(?:<\/?(?:div|p|br|blockquote|span|a|hr|style|script)[^<>]{0,12}>|&[a-z#0-9]{0,6};?|<!--|-->|[A-Za-zäöü ,.:>\n-]{1,12}|Von: a|From: b|On x wrote:|-- )*$/,
  );

  it('never throws and keeps the new text inside the body (text)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), mailLike), (body) => {
        const zoned = zoneEverything(body, 'text');
        // Text bodies are only cut at line boundaries and trimmed: the new text is a slice of the body
        // (with "\r\n" read as "\n").
        const normalized = body.replace(/\r\n?/g, '\n');
        expect(normalized).toContain(zoned.newText);
        expect(normalized).toContain(zoned.quoted);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps the new text inside the converted text (HTML)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string({ maxLength: 300 })), (body) => {
        const zoned = zoneEverything(body, 'html');
        expect(htmlToText(body).text).toContain(zoned.newText);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the thread byte for byte when the new text is replaced', () => {
    const thread =
      '\n\n-----Original Message-----\nFrom: A <a@x.de>\nSent: Monday\nTo: B\nSubject: Q\n\nQuote.';
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !/[>\-_]|From|Von|On |Am /.test(s)),
        (draft) => {
          const body = draft + thread;
          const split = splitForInsert(body, 'text');
          expect(split.keptPart).toBe(thread.slice(2));
          expect(replaceNewText(body, 'text', 'Neu').endsWith(split.keptPart)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
