// The engine on short drafts written for these tests (not from the corpus): one row per behaviour,
// named after it. Offsets of every evidence must point at its text in the new text.
import { describe, expect, it } from 'vitest';
import { analyze, type Verdict } from '../../src/core';

const NOW = '2026-11-27T09:00:00Z';

const cases: Array<[name: string, subject: string, body: string, verdict: Verdict]> = [
  [
    'a bare German nudge is a chaser',
    'AW: Angebot Fassadenreinigung',
    'Hallo Herr Kunz,\n\nich hake da mal nach – gibt es hierzu schon eine Tendenz?\n\nGruß\nPia Lorenz',
    'chaser',
  ],
  [
    'umlauts written as ae/oe/ue still match',
    'Angebot',
    'Guten Tag Frau Roth,\n\nich moechte nochmals nachfragen, ob Sie unser Angebot schon pruefen konnten.\n\nMit freundlichen Gruessen\nT. Meier',
    'chaser',
  ],
  [
    'an English nudge is a chaser',
    'Re: Proposal – payroll',
    'Hi Dana,\n\nJust a gentle nudge on the payroll proposal – any movement on this?\n\nThanks,\nOwen',
    'chaser',
  ],
  [
    'news on the open offer without a date is weak',
    'Angebot Kühlzelle',
    'Hallo Herr Öztürk,\n\nzu unserem Angebot für die Kühlzelle eine Neuigkeit: Der Hersteller hat die Lieferzeit von 10 auf 6 Wochen verkürzt, zum gleichen Preis.\n\nViele Grüße\nLea Wolf',
    'weak',
  ],
  [
    'an agreed callback with a slot is a follow-up',
    'Schulung Q1',
    'Hallo Frau Engel,\n\nwir waren so verblieben, dass ich mich nach Ihrer Teamsitzung melde. Passt Ihnen Donnerstag, 3.12., um 10 Uhr für ein kurzes Telefonat?\n\nBeste Grüße\nMarc Haas',
    'follow-up',
  ],
  [
    'an agreed callback without a time is weak',
    'Re: Renewal',
    'Hi Priya,\n\nAs agreed last week, I am getting back to you about the renewal. How would you like to proceed?\n\nBest,\nTom',
    'weak',
  ],
  [
    'an English agreement with a dated call is a follow-up',
    'Re: Renewal',
    'Hi Priya,\n\nAs agreed on our call on Monday, here is the revised renewal with the 12-month term. I will call you on Thursday, December 3 at 2pm to hear what finance says.\n\nBest,\nTom',
    'follow-up',
  ],
  [
    'a clean German close is an abort',
    'Re: Angebot',
    'Hallo Herr Brandt,\n\nich habe länger nichts gehört und ziehe mich an dieser Stelle zurück – völlig in Ordnung. Wenn es wieder passt, melden Sie sich gern.\n\nViele Grüße\nJ. Kraus',
    'abort',
  ],
  [
    'a Swiss close ("schliesse") is an abort',
    'AW: Offerte',
    'Grüezi Frau Weber\n\nIch schliesse das Dossier bei mir und melde mich nicht mehr von mir aus. Bei Bedarf bin ich gerne für Sie da.\n\nFreundliche Grüsse\nR. Keller',
    'abort',
  ],
  [
    'an English close is an abort',
    'Re: Quote',
    "Hi Sam,\n\nI'll take the hint and close the file on my end – no hard feelings. If things change, just reply.\n\nCheers,\nAl",
    'abort',
  ],
  [
    'a close with a guilt trip is a chaser',
    'Re: Angebot',
    'Hallo Herr Lang,\n\nehrlich gesagt bin ich enttäuscht, dass nach drei Mails nichts kam. Ich schließe die Akte dann eben.\n\nK. Sommer',
    'chaser',
  ],
  [
    'asking whether to close is still a chaser',
    'Re: Quote',
    'Hi Jo,\n\nShould I close the file on this, or is it just not the right time? Any news?\n\nBen',
    'chaser',
  ],
  [
    'an invoice reminder is not a sales reminder',
    'Zahlungserinnerung',
    'Sehr geehrte Damen und Herren,\n\nfür die Rechnung Nr. 2026-411 konnten wir noch keinen Zahlungseingang feststellen. Bitte überweisen Sie den Betrag bis 10.12.\n\nIhre Buchhaltung',
    'none',
  ],
  [
    'an appointment reminder is not a sales reminder',
    'Reminder: your shoot',
    'Hi Mia,\n\nJust a friendly reminder about your headshot session on Tuesday, December 1 at 9:00 AM. Please bring two tops.\n\nSee you then,\nKai',
    'none',
  ],
  [
    'asking a colleague to chase is internal',
    'Hofmann GmbH',
    'Hi Tim,\n\nkannst du bitte morgen bei Hofmann nachhaken wegen des Angebots? Ich bin unterwegs.\n\nDanke!\nSara',
    'none',
  ],
  [
    'a quoted phrase in a training offer is not the rep chasing',
    'Training',
    'Sehr geehrter Herr Vogt,\n\nviele Angebote enden mit „Ich wollte nur kurz nachhaken“. In unserem Training lernen Ihre Mitarbeiter, stattdessen einen konkreten nächsten Schritt zu vereinbaren.\n\nMit freundlichen Grüßen\nA. Beck',
    'none',
  ],
  [
    'a meeting recap is not a reminder',
    'Recap',
    'Hi Lena,\n\nThanks for your time today. A quick recap of the next steps: you send the export by Friday, we set up the sandbox.\n\nBest,\nNoah',
    'none',
  ],
  [
    '"whenever suits you" is no next step, even next to a weekday',
    'Re: Estimate – garden office',
    "Hi Tom,\n\nAs promised in Monday's meeting, here is the updated estimate with the smaller scope, and we can start whenever suits you.\n\nBest,\nAmy",
    'weak',
  ],
  [
    "the date of the recipient's meeting, behind a long German compound, is no next step",
    'AW: Angebot Wartungsvertrag',
    'Hallo Frau Kern,\n\nwie vereinbart melde ich mich nach Ihrer Gesellschafterversammlung am Dienstag wieder. Lassen Sie uns gern in den nächsten Tagen sprechen.\n\nBeste Grüße\nTim Roth',
    'weak',
  ],
  [
    'an appointment reminder with the verb is not a sales reminder',
    'Ihr Termin',
    'Guten Tag Herr Brandl,\n\nwir möchten Sie an Ihren Servicetermin am Montag, 7. Dezember, um 8 Uhr erinnern. Wie besprochen kommt Herr Uysal.\n\nFreundliche Grüße\nIhr Kundendienst',
    'none',
  ],
];

describe('engine verdicts on new drafts', () => {
  for (const [name, subject, body, verdict] of cases) {
    it(name, () => {
      const a = analyze({ subject, body, format: 'text', now: NOW });
      expect(a.verdict).toBe(verdict);
      for (const f of a.findings) {
        for (const e of f.evidence) expect(a.zones.newText.slice(e.start, e.end)).toBe(e.text);
      }
      if (verdict === 'chaser') expect(a.suggestions.map((s) => s.kind)).toEqual(['follow-up', 'abort']);
      if (verdict === 'none' || verdict === 'abort') expect(a.suggestions).toEqual([]);
    });
  }

  it('a correction or minutes sent after an unanswered mail of the rep are not reminders', () => {
    const thread =
      '\n\nOn Mon, 23 Nov 2026 at 10:00, Jan Berg <jan@berg.example> wrote:\n> Hi Eva, attached is our proposal.\n>\n> Best,\n> Jan Berg';
    const from = { name: 'Jan Berg', email: 'jan@berg.example' };
    for (const text of [
      'Hi Eva,\n\nthanks for the call today. Attached are the minutes.\n\nBest,\nJan Berg',
      'Hi Eva,\n\none correction to my last email: the price is 40 EUR per month, not 60.\n\nBest,\nJan Berg',
    ]) {
      const a = analyze({ subject: 'Re: Proposal', body: text + thread, format: 'text', from, now: NOW });
      expect(a.signals.priorUnanswered).toBe(1);
      expect(a.verdict, text).toBe('none');
    }
  });

  it('recommends the abort after two unanswered messages', () => {
    const body = [
      'Hallo Frau Kühn,',
      '',
      'gibt es schon Neuigkeiten zu unserem Angebot?',
      '',
      'Viele Grüße',
      'Jonas Pohl',
      '',
      'Am Mo., 16. Nov. 2026 um 09:10 Uhr schrieb Jonas Pohl <jonas@pohl.example>:',
      '> Hallo Frau Kühn, ich wollte nur kurz nachhaken.',
      '>',
      '> Am Di., 3. Nov. 2026 um 11:00 Uhr schrieb Jonas Pohl <jonas@pohl.example>:',
      '>> Hallo Frau Kühn, anbei unser Angebot.',
      '>>',
      '>> Am Mo., 2. Nov. 2026 um 08:00 Uhr schrieb Eva Kühn <eva@kuehn.example>:',
      '>>> Bitte schicken Sie mir ein Angebot.',
    ].join('\n');
    const a = analyze({ subject: 'Re: Angebot', body, format: 'text', now: NOW });
    expect(a.signals.priorUnanswered).toBe(2);
    expect(a.verdict).toBe('chaser');
    expect(a.suggestions[0]).toMatchObject({ kind: 'abort', recommended: true });
    expect(a.findings.map((f) => f.id)).toContain('abort-recommended');
  });

  it('proposes a next step two working days after now, skipping the weekend', () => {
    const a = analyze({
      subject: 'Proposal',
      body: 'Hi Sam,\n\nJust checking in on the proposal.\n\nBest,\nMo',
      format: 'text',
      now: NOW,
    });
    const followUp = a.suggestions.find((s) => s.kind === 'follow-up');
    expect(followUp?.text).toContain('Tuesday, December 1');
    expect(followUp?.text.startsWith('Hi Sam,')).toBe(true);
  });

  it('keeps the du register in German suggestions', () => {
    const a = analyze({
      subject: 'Workshop',
      body: 'Hey Lisa,\n\nhast du schon mit deinem Team über den Workshop gesprochen?\n\nLG\nBen',
      format: 'text',
      now: NOW,
    });
    expect(a.verdict).toBe('chaser');
    for (const s of a.suggestions) expect(s.text).not.toMatch(/\b(?:Sie|Ihnen|Ihr)\b/);
  });
});
