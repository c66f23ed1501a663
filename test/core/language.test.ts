// Which language the engine answers in: the new text's own, else the thread's, else the host's locale.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage } from '../../src/core/language';

describe('detectLanguage', () => {
  it('reads German and English from their function words', () => {
    expect(
      detectLanguage('Ich wollte nur kurz nachfragen, ob Sie das Angebot schon gesehen haben.').language,
    ).toBe('de');
    expect(
      detectLanguage('I just wanted to check whether you had a chance to look at the quote.').language,
    ).toBe('en');
  });

  it('counts Swiss spellings and umlauts as German', () => {
    expect(detectLanguage('Grüezi Herr Koller, freundliche Grüsse').language).toBe('de');
  });

  it('says it cannot tell when no function word decides', () => {
    expect(detectLanguage('Ping?').evidence).toBe(0);
    expect(detectLanguage('').evidence).toBe(0);
  });

  it('stops at a clear lead: a German mail with a longer English part below stays German', () => {
    const german =
      'Hallo Frau Brandt, ich wollte Ihnen noch die Unterlagen schicken, die wir am Montag besprochen haben. ' +
      'Bitte geben Sie mir Bescheid, wenn Sie noch Fragen haben oder wenn ich etwas ergänzen soll.';
    const english = ' For your colleagues in London: '.concat(
      'this is the summary of the offer and the next steps we agreed on with you and your team. '.repeat(6),
    );
    expect(detectLanguage(german + english).language).toBe('de');
  });
});

describe('chooseLanguage', () => {
  it("falls back to the thread's language for a one-liner", () => {
    expect(
      chooseLanguage('Und??', 'Am Montag schrieb Frau Brandt: Wir melden uns nach der Sitzung bei Ihnen.'),
    ).toBe('de');
  });

  it("falls back to the host's locale when neither text tells", () => {
    expect(chooseLanguage('Ping?', '', 'de-AT')).toBe('de');
    expect(chooseLanguage('Und??', '', 'en-GB')).toBe('en');
    // One function word is a hint, not proof: it still decides when nothing else does.
    expect(chooseLanguage('Und??', '')).toBe('de');
    expect(chooseLanguage('Ping?', '')).toBe('en');
  });
});
