import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPriorUnanswered, inferSender } from '../../src/core/thread';
import type { BodyFormat } from '../../src/core/types';
import { zoneBody } from '../../src/core/zoning';

const fixtureDir = join(__dirname, '../fixtures/zoning');

function fixture(name: string): { body: string; format: BodyFormat } {
  return {
    body: readFileSync(join(fixtureDir, name), 'utf8'),
    format: name.endsWith('.html') ? 'html' : 'text',
  };
}

interface Expected {
  file: string;
  newTextStart: string;
  newTextEnd: string;
  signatureStart?: string;
  greetedName?: string;
  signoffName?: string;
  /** Senders of the quoted messages, newest first (name or address). */
  senders: string[];
  priorUnanswered: number;
}

const cases: Expected[] = [
  {
    file: 'outlook-web-reply-de.html',
    newTextStart: 'Hallo Frau Schäfer,',
    newTextEnd: 'Viele Grüße\nJonas Dietrich',
    signatureStart: 'Jonas Dietrich\nKey Account Management',
    greetedName: 'Frau Schäfer',
    signoffName: 'Jonas Dietrich',
    senders: ['Jonas Dietrich', 'Miriam Schäfer'],
    priorUnanswered: 1,
  },
  {
    file: 'outlook-classic-word-reply-de.html',
    newTextStart: 'Sehr geehrter Herr Dr. Brandes,',
    newTextEnd: 'Mit freundlichen Grüßen\nSabine Krauß',
    signatureStart: 'Sabine Krauß | Vertrieb Industrie',
    greetedName: 'Herr Dr. Brandes',
    signoffName: 'Sabine Krauß',
    senders: ['Dr. Thomas Brandes'],
    priorUnanswered: 0,
  },
  {
    file: 'outlook-mac-reply-en.html',
    newTextStart: 'Hi Priya,',
    newTextEnd: 'Cheers,\nTom',
    greetedName: 'Priya',
    signoffName: 'Tom',
    senders: ['Tom Ashworth'],
    priorUnanswered: 1,
  },
  {
    file: 'outlook-ios-footer-en.html',
    newTextStart: 'Hi Megan, any news',
    newTextEnd: 'kitchen quote?',
    signatureStart: 'Get Outlook for iOS',
    greetedName: 'Megan',
    senders: ['Ashley Brown'],
    priorUnanswered: 1,
  },
  {
    file: 'gmail-reply-signature-en.html',
    newTextStart: 'Hi Dan,',
    newTextEnd: 'Thanks,\nLaura',
    signatureStart: '--\nLaura Bennett',
    greetedName: 'Dan',
    signoffName: 'Laura',
    senders: ['Laura Bennett', 'Dan Whitaker'],
    priorUnanswered: 1,
  },
  {
    file: 'gmail-reply-de.html',
    newTextStart: 'Hallo Herr Krüger,',
    newTextEnd: 'Beste Grüße\nAnna Berg',
    greetedName: 'Herr Krüger',
    signoffName: 'Anna Berg',
    senders: ['Stefan Krüger'],
    priorUnanswered: 0,
  },
  {
    file: 'gmail-forward-en.html',
    newTextStart: 'Hi Sam, see the client',
    newTextEnd: 'Thanks,\nJess',
    greetedName: 'Sam',
    signoffName: 'Jess',
    senders: ['Oliver Grant'],
    priorUnanswered: 0,
  },
  {
    file: 'apple-mail-reply-de.html',
    newTextStart: 'Hallo Lukas,',
    newTextEnd: 'Liebe Grüße\nMoritz',
    greetedName: 'Lukas',
    signoffName: 'Moritz',
    senders: ['Moritz Albrecht', 'Lukas Brenner'],
    priorUnanswered: 1,
  },
  {
    file: 'thunderbird-reply-de.html',
    newTextStart: 'Hallo Herr Petersen,',
    newTextEnd: 'Viele Grüße\nNils Hagemann',
    signatureStart: '--\nNils Hagemann\nSonnenkraft Nord GmbH',
    signoffName: 'Nils Hagemann',
    senders: ['Nils Hagemann'],
    priorUnanswered: 1,
  },
  {
    file: 'text-quoted-en.txt',
    newTextStart: 'Hi Rachel,',
    newTextEnd: 'Best,\nRyan',
    signatureStart: '--\nRyan Cooper',
    signoffName: 'Ryan',
    senders: ['Ryan Cooper', 'Rachel Kim'],
    priorUnanswered: 1,
  },
  {
    file: 'text-original-message-de.txt',
    newTextStart: 'Guten Tag Herr Roth,',
    newTextEnd: 'Freundliche Grüße\nSandra Ebert',
    signatureStart: 'Sandra Ebert\nVertriebsinnendienst',
    greetedName: 'Herr Roth',
    senders: ['Sandra Ebert'],
    priorUnanswered: 1,
  },
  {
    file: 'text-original-message-en.txt',
    newTextStart: 'Hi Mark,',
    newTextEnd: 'works for me.\n\nDave',
    senders: ['Mark Jensen', 'Dave Thompson'],
    priorUnanswered: 0,
  },
  {
    file: 'iphone-footer-de.txt',
    newTextStart: 'Hallo Frau Albers,',
    newTextEnd: 'LG Mira',
    signatureStart: 'Von meinem iPhone gesendet',
    signoffName: 'Mira',
    senders: ['Mira Sommer'],
    priorUnanswered: 1,
  },
  {
    file: 'outlook-web-plaintext-reply-en.txt',
    newTextStart: 'Hi Karen,',
    newTextEnd: 'Kind regards,\nSam',
    signoffName: 'Sam',
    senders: ['Sam Whitlock'],
    priorUnanswered: 1,
  },
];

describe('zoneBody on client fixtures', () => {
  it.each(cases)('$file', (expected) => {
    const { body, format } = fixture(expected.file);
    const zoned = zoneBody(body, format);
    expect(zoned.newText.startsWith(expected.newTextStart)).toBe(true);
    expect(zoned.newText.endsWith(expected.newTextEnd)).toBe(true);
    if (expected.signatureStart) expect(zoned.signature.startsWith(expected.signatureStart)).toBe(true);
    if (expected.greetedName) expect(zoned.greetedName).toBe(expected.greetedName);
    if (expected.signoffName) expect(zoned.signoffName).toBe(expected.signoffName);
    expect(zoned.hasThread).toBe(true);
    expect(zoned.messages.map((m) => m.from.name ?? m.from.email)).toEqual(expected.senders);
    // Nothing of the thread leaks into the new text or the signature.
    for (const m of zoned.messages) {
      const firstLine = m.text.split('\n').find((l) => l.length > 20);
      if (firstLine) expect(zoned.newText + zoned.signature).not.toContain(firstLine);
    }
    const sender = inferSender(zoned.messages, zoned);
    expect(countPriorUnanswered(zoned.messages, sender)).toBe(expected.priorUnanswered);
  });
});

describe('zoneBody without a thread', () => {
  it('treats a body with no boundary as all new text and says the thread is unknown', () => {
    const zoned = zoneBody('Hallo Herr Maier,\n\nich wollte nur kurz nachhaken.', 'text');
    expect(zoned).toMatchObject({
      newText: 'Hallo Herr Maier,\n\nich wollte nur kurz nachhaken.',
      signature: '',
      quoted: '',
      hasThread: false,
      messages: [],
      greetedName: 'Herr Maier',
    });
  });

  it('keeps a one-liner as new text', () => {
    expect(zoneBody('Und??', 'text').newText).toBe('Und??');
    expect(zoneBody('<div dir="ltr">Und??</div>', 'html').newText).toBe('Und??');
  });

  it('reads CRLF text bodies and returns zones with \\n line ends', () => {
    const body =
      'Hi Anna,\r\n\r\nany news?\r\n\r\nBest,\r\nTom\r\n\r\n-----Original Message-----\r\nFrom: Anna Berg <anna@x.de>\r\nSent: Monday\r\nTo: Tom\r\nSubject: Offer\r\n\r\nSend it.';
    const zoned = zoneBody(body, 'text');
    expect(zoned.newText).toBe('Hi Anna,\n\nany news?\n\nBest,\nTom');
    expect(zoned.messages).toEqual([
      {
        from: { name: 'Anna Berg', email: 'anna@x.de' },
        to: [{ name: 'Tom' }],
        dateText: 'Monday',
        text: 'Send it.',
      },
    ]);
  });

  it('handles empty bodies', () => {
    expect(zoneBody('', 'html')).toMatchObject({ newText: '', hasThread: false });
    expect(zoneBody('', 'text')).toMatchObject({ newText: '', hasThread: false });
  });
});

describe('signatures and sign-offs', () => {
  it.each([
    [
      '-- separator',
      'Hi Sam,\n\nthe numbers are in.\n\nBest,\nJo\n\n-- \nJo Park\nAcme Ltd',
      'Jo',
      '-- \nJo Park',
    ],
    ['mobile footer (en)', 'Hi Sam, any news?\n\nSent from my iPhone', undefined, 'Sent from my iPhone'],
    [
      'mobile footer (de)',
      'Hallo Anna, gibt es Neuigkeiten?\n\nVon meinem iPad gesendet',
      undefined,
      'Von meinem iPad gesendet',
    ],
    [
      'contact block after the name',
      'Sehr geehrte Frau Otto,\n\nanbei die Unterlagen.\n\nMit freundlichen Grüßen\nTobias Wendt\n\nTobias Wendt\nWendt Metallbau GmbH\nTel. 0711 123456',
      'Tobias Wendt',
      'Tobias Wendt\nWendt Metallbau GmbH',
    ],
    [
      'closing phrase outside the list',
      'Hallo Ben,\n\nalles klar.\n\nViele liebe Grüße aus dem Allgäu\nTina',
      'Tina',
      '',
    ],
    ['name on the closing line', 'Hi Jonas,\n\nsuper, danke!\n\nLG Kim', 'Kim', ''],
    ['lower-case name under the closing', 'hi róisín,\n\nall good.\n\ncheers,\nfiachra', 'fiachra', ''],
  ])('%s', (_name, body, signoffName, signatureStart) => {
    const zoned = zoneBody(body, 'text');
    expect(zoned.signoffName).toBe(signoffName);
    if (signatureStart) expect(zoned.signature.startsWith(signatureStart)).toBe(true);
    else expect(zoned.signature).toBe('');
    expect(zoned.newText).not.toContain('\n--');
  });

  it('does not take an early "Thanks!" for the closing', () => {
    const body =
      'Hi Sam,\n\nThanks!\n\nThe revised numbers are attached, and the price is now 12% lower than before.';
    const zoned = zoneBody(body, 'text');
    expect(zoned.newText).toBe(body);
    expect(zoned.closing).toBeUndefined();
  });

  it('keeps a P.S. after the sign-off in the new text', () => {
    const body =
      'Hallo Jan,\n\nanbei das Angebot.\n\nViele Grüße\nEva\n\nPS: Die Preise gelten bis zum 15. Dezember, danach ändern sie sich.';
    expect(zoneBody(body, 'text').newText).toBe(body);
  });
});

describe('greetings', () => {
  it.each([
    ['Hallo Herr Maier,', 'Herr Maier'],
    ['Sehr geehrte Frau Dr. Brandes,', 'Frau Dr. Brandes'],
    ['Hi Sam,', 'Sam'],
    ['Dear Ms. Patel,', 'Ms. Patel'],
    ['Guten Tag Herr Weber,', 'Herr Weber'],
    ['Grüezi Herr Ammann', 'Herr Ammann'],
    ['Hey Marco — quick one about the wine list', 'Marco'],
    ['hey hector did u get the quote', 'hector'],
    ['Sandra,', 'Sandra'],
    ['Guten Tag, Herr Maier,', 'Herr Maier'],
    ['Hallo, ich wollte kurz fragen, ob es passt.', undefined],
    ['hi jess, quick one', 'jess'],
    ['Hallo zusammen,', undefined],
    ['Sehr geehrte Damen und Herren,', undefined],
    ['Dear Purchasing Team,', undefined],
  ])('%s', (line, greetedName) => {
    const zoned = zoneBody(`${line}\n\nText folgt hier.`, 'text');
    expect(zoned.greeting).toBeDefined();
    expect(zoned.greetedName).toBe(greetedName);
  });

  it('has no greeting when the text starts without one', () => {
    expect(zoneBody('Thoughts?', 'text').greeting).toBeUndefined();
  });
});

describe('quote boundaries', () => {
  it('does not take prose that looks like an attribution for a header', () => {
    const body =
      'Hallo Frau Kern,\n\nAm Dienstag schrieb ich Ihnen:\nDie Lieferung kommt am 3.12.\n\nViele Grüße\nTim';
    const zoned = zoneBody(body, 'text');
    expect(zoned.hasThread).toBe(false);
    expect(zoned.newText).toContain('Die Lieferung kommt');
  });

  it('recognises a wrapped Gmail attribution in plain text', () => {
    const body =
      'Hi Anna,\n\nany news?\n\nOn Tue, Nov 3, 2026 at 10:12 AM Anna Berg <anna.berg@example.com>\nwrote:\n\n> Send me the offer.\n';
    const zoned = zoneBody(body, 'text');
    expect(zoned.newText).toBe('Hi Anna,\n\nany news?');
    expect(zoned.messages[0].from).toEqual({ name: 'Anna Berg', email: 'anna.berg@example.com' });
  });

  it('reads German name-first attributions', () => {
    const zoned = zoneBody(
      'Hallo Anna,\n\nund?\n\nAnna Berg <anna@berg.de> schrieb am Di., 3. Nov. 2026, 10:12:\n> Schick mir das Angebot.',
      'text',
    );
    expect(zoned.messages[0].from).toEqual({ name: 'Anna Berg', email: 'anna@berg.de' });
  });

  it('starts the thread at "> " lines without an attribution', () => {
    const zoned = zoneBody('Passt, danke!\n\n> Können wir Donnerstag telefonieren?\n> Gruß Ben', 'text');
    expect(zoned.newText).toBe('Passt, danke!');
    expect(zoned.hasThread).toBe(true);
    expect(zoned.messages).toEqual([
      { from: { name: 'Ben' }, text: 'Können wir Donnerstag telefonieren?\nGruß Ben' },
    ]);
  });

  it('counts own messages quoted without attribution by their sign-off', () => {
    const body = [
      'Hallo Frau Kern,',
      '',
      'gibt es schon Neuigkeiten?',
      '',
      'Viele Grüße',
      'Tim Vogel',
      '',
      '> Hallo Frau Kern,',
      '>',
      '> anbei das Angebot für die Regale.',
      '>',
      '> Viele Grüße',
      '> Tim Vogel',
    ].join('\n');
    const zoned = zoneBody(body, 'text');
    expect(zoned.messages[0].from).toEqual({ name: 'Tim Vogel' });
    expect(countPriorUnanswered(zoned.messages, inferSender(zoned.messages, zoned))).toBe(1);
  });
});
