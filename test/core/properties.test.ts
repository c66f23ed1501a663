// Properties that hold for ANY input, checked on random and malformed bodies: the engine never
// throws, always answers with the contract's shape, derives the verdict from the signals as
// SCHEMA.md defines it, and every quoted piece of evidence is exactly where it says it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, type AnalysisInput, analyze, type Signals, type Verdict } from '../../src/core';

const NOW = '2026-11-27T09:00:00.000Z';
const VERDICTS = ['none', 'chaser', 'weak', 'follow-up', 'abort'];
const SEVERITIES = ['info', 'warn', 'block'];
const KINDS = ['follow-up', 'abort', 'add-next-step', 'reference-agreement'];
const RUNS = { numRuns: 300 };

/** SCHEMA.md's verdict rule, written out independently of the engine's own. */
function verdictFor(s: Signals): Verdict {
  if (!s.isReminder) return 'none';
  if (s.abort) return 'abort';
  if (!s.agreement && !s.value) return 'chaser';
  if (s.agreement && s.timebound) return 'follow-up';
  return 'weak';
}

function expectValid(analysis: Analysis): void {
  expect(['de', 'en']).toContain(analysis.language);
  expect(VERDICTS).toContain(analysis.verdict);
  const s = analysis.signals;
  for (const flag of [s.isReminder, s.agreement, s.value, s.timebound, s.abort])
    expect(typeof flag).toBe('boolean');
  expect(Number.isInteger(s.priorUnanswered) && s.priorUnanswered >= 0).toBe(true);
  expect(analysis.verdict).toBe(verdictFor(s));

  const { newText } = analysis.zones;
  expect(typeof newText).toBe('string');
  for (const finding of analysis.findings) {
    expect(finding.id).toMatch(/\S/);
    expect(SEVERITIES).toContain(finding.severity);
    expect(finding.message).toMatch(/\S/);
    for (const e of finding.evidence) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
      expect(0 <= e.start && e.start <= e.end && e.end <= newText.length).toBe(true);
      expect(newText.slice(e.start, e.end)).toBe(e.text);
    }
  }
  for (const suggestion of analysis.suggestions) {
    expect(KINDS).toContain(suggestion.kind);
    expect(suggestion.text).toMatch(/\S/);
  }
}

function check(input: AnalysisInput): void {
  let analysis: Analysis | undefined;
  expect(() => {
    analysis = analyze({ ...input, now: NOW });
  }).not.toThrow();
  expectValid(analysis!);
}

// Pieces of real mail, so random bodies exercise zoning, rules and dates, not only the fallbacks.
const PHRASES = [
  'Hallo Herr Maier,',
  'Sehr geehrte Frau Dr. Neumann,',
  'Hi Sam,',
  'Dear Ms. Patel,',
  'ich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?',
  'just checking in on the proposal',
  'Gibt es schon Neuigkeiten?',
  'Any update on this?',
  'wie am Dienstag vereinbart rufe ich Sie am Donnerstag, 3.12., um 10 Uhr an.',
  'As agreed on our call, I am sending the revised quote by Friday 5 December.',
  'bis Ende November',
  'in KW 50',
  'nächste Woche Dienstag',
  'am 3.12.',
  'last chance: the offer expires tomorrow',
  'Ich schließe den Vorgang auf meiner Seite und melde mich nicht weiter.',
  "I'll close the file on my side; feel free to reach out if things change.",
  'anbei die Rechnung Nr. 2026-1187, zahlbar bis 9.12.',
  'Mit freundlichen Grüßen',
  'Best,',
  '--',
  '-- ',
  'Gesendet von meinem iPhone',
  'Sent from my iPhone',
  '-----Original Message-----',
  '-----Ursprüngliche Nachricht-----',
  'Von: Anna Berg <anna@x.de>',
  'Gesendet: Dienstag, 3. November 2026 10:12',
  'From: Sam Carter <sam@example.com>',
  'Sent: Tuesday, November 3, 2026 10:12 AM',
  'On Tue, 3 Nov 2026 at 10:12, Anna Berg <anna@x.de> wrote:',
  'Am Di., 3. Nov. 2026 um 10:12 Uhr schrieb Anna Berg <anna@x.de>:',
  '> Danke, wir melden uns.',
  '>> earlier quote',
  'Und??',
  'ä ö ü ß Ä Ö Ü ẞ',
  '😀👍🏽 emoji',
  'اختبار',
  '\u200b\u00ad\ufeff',
];

const phrase = fc.constantFrom(...PHRASES);
const space = fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', ' \n \n ');
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
});
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  loneSurrogates,
  fc.string({ maxLength: 200 }),
);
const textish = fc.array(fc.oneof(phrase, space, anyText), { maxLength: 30 }).map((parts) => parts.join(''));

const ENTITIES = [
  '&amp;',
  '&nbsp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#8211;',
  '&#x2013;',
  '&auml;',
  '&#0;',
  '&#xD800;',
  '&bogus;',
  '&',
];
const TAGS = [
  'div',
  'p',
  'span',
  'br',
  'hr',
  'b',
  'font',
  'table',
  'tr',
  'td',
  'blockquote',
  'a',
  'style',
  'script',
  'o:p',
];
const ATTRIBUTES = [
  '',
  ' class="gmail_quote"',
  ' class="gmail_signature"',
  ' id="divRplyFwdMsg"',
  ' id="appendonsend"',
  ' id="Signature"',
  ' type="cite"',
  ' style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"',
  ' name="_MailOriginal"',
  ' href="mailto:anna@x.de"',
  ' class=elementToProof',
  " data-x='<div>'",
  ' unterminated="',
];

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    phrase,
    space,
    anyText,
    fc.constantFrom(
      ...ENTITIES,
      '<!-- comment',
      '<!-- x -->',
      '<',
      '</',
      '<>',
      '</div>',
      '<br/>',
      '<![CDATA[x]]>',
    ),
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attr: fc.constantFrom(...ATTRIBUTES),
        children: fc.array(tie('node'), { maxLength: 4 }),
        closed: fc.boolean(),
      })
      .map(
        ({ tag, attr, children, closed }) =>
          `<${tag}${attr}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
  ),
})).node;

describe('analyze on any input', () => {
  it('handles random text bodies', () => {
    fc.assert(
      fc.property(textish, anyText, (body, subject) => check({ subject, body, format: 'text' })),
      RUNS,
    );
  });

  it('handles random HTML-ish bodies: unclosed tags, stray brackets, entities, quoting markup', () => {
    fc.assert(
      fc.property(
        fc.array(html, { maxLength: 8 }).map((nodes) => nodes.join('')),
        (body) => check({ subject: 'AW: Angebot', body, format: 'html' }),
      ),
      RUNS,
    );
  });

  it('handles a text body declared as HTML and an HTML body declared as text', () => {
    fc.assert(
      fc.property(textish, html, (text, markup) => {
        check({ subject: '', body: text, format: 'html' });
        check({ subject: '', body: markup, format: 'text' });
      }),
      RUNS,
    );
  });

  it('handles random senders, recipients, locales and "now"', () => {
    const person = fc.record({
      name: fc.option(anyText, { nil: undefined }),
      email: fc.option(anyText, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        textish,
        person,
        fc.array(person, { maxLength: 3 }),
        fc.option(fc.constantFrom('de', 'en', 'de-AT', 'fr', '', 'xx-invalid'), { nil: undefined }),
        fc.constantFrom(NOW, '1970-01-01T00:00:00Z', '2099-12-31T23:59:59Z', 'not a date'),
        (body, from, to, locale, now) => {
          const analysis = analyze({ subject: 'Re: Proposal', body, format: 'text', from, to, locale, now });
          expectValid(analysis);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(textish, (body) => {
        const input: AnalysisInput = { subject: 'Re: Angebot', body, format: 'text', now: NOW };
        expect(analyze(input)).toEqual(analyze(input));
      }),
      { numRuns: 100 },
    );
  });

  it('handles huge whitespace, empty bodies and deep unclosed nesting', () => {
    const chaser = 'Hallo Herr Maier, ich wollte nur kurz nachhaken, ob Sie schon Zeit hatten?';
    const bodies: AnalysisInput[] = [
      { subject: '', body: '', format: 'text' },
      { subject: '', body: '', format: 'html' },
      { subject: '', body: ' '.repeat(200_000), format: 'text' },
      { subject: '', body: `${'\n'.repeat(100_000)}${chaser}${' \t\r\n'.repeat(50_000)}`, format: 'text' },
      { subject: '', body: `${'&nbsp;'.repeat(50_000)}${chaser}`, format: 'html' },
      { subject: '', body: `${'<div>'.repeat(20_000)}${chaser}`, format: 'html' },
      { subject: '', body: `${chaser}${'<blockquote type="cite">'.repeat(20_000)}`, format: 'html' },
      { subject: '', body: `${chaser}\n${'> '.repeat(20_000)}x`, format: 'text' },
      { subject: '', body: `<${'a'.repeat(100_000)}`, format: 'html' },
      { subject: '', body: `${chaser}<!--${'-'.repeat(100_000)}`, format: 'html' },
    ];
    for (const input of bodies) check(input);
  });
});
