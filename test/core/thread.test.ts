import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countPriorUnanswered,
  inferSender,
  parsePerson,
  parseThread,
  samePerson,
  splitLines,
} from '../../src/core/thread';
import type { BodyFormat } from '../../src/core/types';
import { type ThreadMessage, zoneBody } from '../../src/core/zoning';
import { CORPUS_DIR, DEV_CORPUS_FILES, devCorpusPresent } from './dev-corpus';

describe('parsePerson', () => {
  it.each([
    ['Anna Berg <anna@berg.de>', { name: 'Anna Berg', email: 'anna@berg.de' }],
    ['"Kranich, Holger" <h.kranich@kranich.de>', { name: 'Holger Kranich', email: 'h.kranich@kranich.de' }],
    ["'Roth, Michael' <m.roth@roth.de>", { name: 'Michael Roth', email: 'm.roth@roth.de' }],
    ['Mark Jensen [mailto:Mark@JensenBuild.com]', { name: 'Mark Jensen', email: 'mark@jensenbuild.com' }],
    ['anna@berg.de', { email: 'anna@berg.de' }],
    ['Dr. Thomas Brandes', { name: 'Dr. Thomas Brandes' }],
  ])('%s', (value, person) => {
    expect(parsePerson(value)).toEqual(person);
  });
});

describe('samePerson', () => {
  it.each([
    [{ name: 'Kim' }, { name: 'Kim Nguyen', email: 'kim@studio.de' }, true],
    [{ name: 'Herr Wagner' }, { name: 'Martin Wagner' }, true],
    [{ name: 'Baumann Corinne' }, { name: 'Corinne Baumann' }, true],
    [{ name: 'Dr. Henning Voss' }, { name: 'Henning Voss' }, true],
    [{ email: 'A@x.de' }, { email: 'a@x.de' }, true],
    [{ name: 'Anna', email: 'a@x.de' }, { name: 'Anna', email: 'b@y.de' }, false],
    [{ name: 'Anna Berg' }, { name: 'Anna Schmidt' }, false],
    [{ name: 'Pfister' }, { email: 'g.pfister@pfister.de' }, true],
  ])('%j vs %j', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });
});

describe('parseThread', () => {
  it('splits an Outlook plain-text thread into messages with senders and recipients', () => {
    const text = [
      '-----Original Message-----',
      'From: Mark Jensen <mark@jensenbuild.com>',
      'Sent: Wednesday, November 18, 2026 4:10 PM',
      'To: Dave Thompson <dave@thompsonroofing.com>',
      'Subject: RE: Quote',
      '',
      'Thursday works.',
      '',
      'Am 16.11.2026 um 09:30 schrieb Dave Thompson <dave@thompsonroofing.com>:',
      '> Quote attached.',
    ].join('\n');
    const messages = parseThread(splitLines(text));
    expect(messages).toEqual([
      {
        from: { name: 'Mark Jensen', email: 'mark@jensenbuild.com' },
        to: [{ name: 'Dave Thompson', email: 'dave@thompsonroofing.com' }],
        dateText: 'Wednesday, November 18, 2026 4:10 PM',
        text: 'Thursday works.',
      },
      {
        from: { name: 'Dave Thompson', email: 'dave@thompsonroofing.com' },
        dateText: '16.11.2026 um 09:30',
        text: 'Quote attached.',
      },
    ]);
  });
});

describe('countPriorUnanswered', () => {
  const me = { name: 'Kim Nguyen', email: 'kim@studio.de' };
  const them = { name: 'Jonas Weber', email: 'jonas@cafe.de' };
  const msg = (from: typeof me): ThreadMessage => ({ from, text: '…' });

  it.each([
    ['no thread', [], 0],
    ['recipient wrote last', [msg(them), msg(me)], 0],
    ['one own message after theirs', [msg(me), msg(them)], 1],
    ['two own messages, then theirs', [msg(me), msg(me), msg(them), msg(me)], 2],
    ['only own messages', [msg(me), msg(me), msg(me)], 3],
    ['unreadable header stops the count', [msg(me), { from: {}, text: '' }, msg(me)], 1],
  ])('%s', (_name, messages, expected) => {
    expect(countPriorUnanswered(messages as ThreadMessage[], me)).toBe(expected);
  });

  it('is 0 without a known sender', () => {
    expect(countPriorUnanswered([msg(me)], undefined)).toBe(0);
    expect(countPriorUnanswered([msg(me)], {})).toBe(0);
  });
});

describe('inferSender', () => {
  const messages: ThreadMessage[] = [
    { from: { name: 'Lena Park', email: 'lena@cask.com' }, text: 'Hi Marco,\n\ntwo bottles for you.' },
  ];

  it('prefers what the host knows', () => {
    expect(inferSender(messages, { signoffName: 'Lena' }, { email: 'me@x.de' })).toEqual({
      email: 'me@x.de',
    });
  });

  it('completes a sign-off name with the quoted address', () => {
    expect(inferSender(messages, { signoffName: 'Lena' })).toEqual({
      name: 'Lena Park',
      email: 'lena@cask.com',
    });
  });

  it('finds the sender when the sign-off is a short form of the header name', () => {
    const thread: ThreadMessage[] = [
      { from: { name: 'Johanna Schmidt', email: 'js@x.de' }, text: 'Hallo Anna,\n\nanbei das Angebot.' },
      { from: { name: 'Anna Weber', email: 'aw@y.de' }, text: 'Hallo Jo, schick mir ein Angebot.' },
    ];
    const sender = inferSender(thread, { signoffName: 'Jo', greetedName: 'Anna' });
    expect(sender).toEqual(thread[0].from);
    expect(countPriorUnanswered(thread, sender)).toBe(1);
  });

  it('uses the greeting: a quoted message to the same person came from the sender', () => {
    expect(inferSender(messages, { greetedName: 'Marco' })).toEqual(messages[0].from);
    expect(inferSender(messages, { greetedName: 'Lena' })).toBeUndefined();
  });
});

// The corpus labels prior_unanswered for every email; this pins the thread reader against them.

interface CorpusEmail {
  id: string;
  format: BodyFormat;
  body: string;
  labels: { prior_unanswered: number };
}

describe.skipIf(!devCorpusPresent)('prior_unanswered on the development corpus', () => {
  it.each(DEV_CORPUS_FILES)('%s: at least 95 % of the labels', (file) => {
    const emails = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as CorpusEmail[];
    const wrong: string[] = [];
    for (const email of emails) {
      const zoned = zoneBody(email.body, email.format);
      const got = countPriorUnanswered(zoned.messages, inferSender(zoned.messages, zoned));
      if (got !== email.labels.prior_unanswered)
        wrong.push(`${email.id}: ${got} ≠ ${email.labels.prior_unanswered}`);
    }
    const accuracy = 1 - wrong.length / emails.length;
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(Math.floor(emails.length * 0.05));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
