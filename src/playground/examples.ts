// Example drafts for the playground: one of each verdict per language, written like real sales mail
// (greeting, sign-off, signature and, for replies, the quoted thread the engine reads for context).
import type { Language, Verdict } from '../core/types';

export interface Example {
  id: string;
  language: Language;
  /** The verdict the example is written to show. */
  shows: Verdict;
  subject: string;
  /** Plain text; the playground converts it to HTML when the HTML format is chosen. */
  body: string;
}

export const examples: Example[] = [
  {
    id: 'de-chaser',
    language: 'de',
    shows: 'chaser',
    subject: 'AW: Angebot Wartungsvertrag 2027',
    body: `Hallo Herr Maier,

ich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen? Ich hatte Ihnen ja bereits letzte Woche geschrieben. Es wäre schön, wenn Sie sich kurz melden könnten, damit ich weiß, woran ich bin.

Viele Grüße
Jana Krüger
Vertrieb | Nordlicht Facility GmbH
Tel. +49 40 1234 567

Am 17.11.2026 um 09:14 schrieb Jana Krüger <j.krueger@nordlicht-facility.example>:
> Hallo Herr Maier,
>
> ich wollte mich noch einmal wegen unseres Angebots melden. Haben Sie schon einen Blick darauf werfen können?
>
> Viele Grüße
> Jana Krüger
>
> Am 10.11.2026 um 16:02 schrieb Jana Krüger <j.krueger@nordlicht-facility.example>:
>> Sehr geehrter Herr Maier,
>>
>> anbei erhalten Sie unser Angebot für den Wartungsvertrag 2027 für Ihre drei Standorte.
>>
>> Mit freundlichen Grüßen
>> Jana Krüger`,
  },
  {
    id: 'de-weak',
    language: 'de',
    shows: 'weak',
    subject: 'Lizenzmodell für Ihr Team',
    body: `Hallo Frau Schneider,

wie in unserem Termin am Dienstag vereinbart, melde ich mich wegen der Lizenzfrage. Konnten Sie schon mit Ihrem IT-Leiter sprechen, ob die Named-User-Lizenzen für Ihr Team passen?

Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Tobias Wendt
Key Account Manager | Datenwerk AG`,
  },
  {
    id: 'de-follow-up',
    language: 'de',
    shows: 'follow-up',
    subject: 'Pilotprojekt: Entscheidung bis Freitag',
    body: `Hallo Frau Öztürk,

wie am Donnerstag im Workshop vereinbart, melde ich mich wegen Ihrer Entscheidung zum Pilotprojekt. Damit Ihr Team wie geplant im Januar starten kann, brauchen wir Ihr Go bis Freitag, 12 Uhr.

Passt Ihnen ein kurzer Anruf am Mittwoch um 10 Uhr, um die letzten offenen Punkte zum Datenschutz zu klären?

Viele Grüße
Markus Brandt
Brandt Consulting`,
  },
  {
    id: 'de-abort',
    language: 'de',
    shows: 'abort',
    subject: 'Ihr Angebot zur Büroausstattung',
    body: `Hallo Herr Yilmaz,

ich habe Ihnen zu unserem Angebot für die Büroausstattung zweimal geschrieben und nichts von Ihnen gehört – das ist völlig in Ordnung. Ich gehe davon aus, dass das Thema bei Ihnen gerade keine Priorität hat, und schließe den Vorgang auf meiner Seite ab.

Wenn sich das ändert, melden Sie sich gern jederzeit bei mir.

Alles Gute für Sie und Ihr Team
Sabine Hofer
Hofer Objekteinrichtung`,
  },
  {
    id: 'de-none',
    language: 'de',
    shows: 'none',
    subject: 'Unterlagen zu Ihrer Anfrage',
    body: `Sehr geehrte Frau Berger,

vielen Dank für Ihre Anfrage zu unseren Schulungen. Anbei finden Sie die Kursübersicht für das erste Halbjahr sowie die Preise für Inhouse-Termine.

Bei Fragen erreichen Sie mich unter 089 765 432.

Mit freundlichen Grüßen
Lena Vogt
Akademie Südwind`,
  },
  {
    id: 'en-chaser',
    language: 'en',
    shows: 'chaser',
    subject: 'Re: Proposal for the Q1 rollout',
    body: `Hi Sam,

Just checking in on the proposal I sent over. Any updates on your end? I just wanted to bump this to the top of your inbox in case it got buried.

Thanks,
Chris Doyle
Account Executive | Brightline Software

On Tue, Nov 17, 2026 at 9:02 AM Chris Doyle <chris@brightline.example> wrote:
> Hi Sam,
>
> Just following up on my last email. Did you get a chance to look at the proposal?
>
> Best,
> Chris`,
  },
  {
    id: 'en-weak',
    language: 'en',
    shows: 'weak',
    subject: 'Security questionnaire',
    body: `Hi Priya,

As agreed on our call last Thursday, I'm following up on the security questionnaire. Has your IT team had a chance to review our answers?

Looking forward to hearing from you.

Best regards,
Daniel Moore
Solutions Consultant | Northwind Cloud`,
  },
  {
    id: 'en-follow-up',
    language: 'en',
    shows: 'follow-up',
    subject: 'Contract sign-off by Friday',
    body: `Dear Ms. Patel,

As agreed in Monday's meeting, I'm getting back to you about the contract sign-off. To keep the January start date, we need the signed order form by Friday at noon.

Could we hold a 15-minute call on Wednesday at 2 pm to go through the two open points on data retention?

Kind regards,
Emma Clarke
Clarke & Hill Advisory`,
  },
  {
    id: 'en-abort',
    language: 'en',
    shows: 'abort',
    subject: 'Closing the loop on the fleet tracking proposal',
    body: `Hi Jordan,

I've reached out a couple of times about the fleet tracking proposal and haven't heard back, which is completely fine. I'll assume the timing isn't right and close this on my side, so it doesn't sit in your inbox.

If things change, just reply to this email and I'll pick it up.

All the best,
Maya Russo
Fleetwise`,
  },
  {
    id: 'en-none',
    language: 'en',
    shows: 'none',
    subject: 'Your question about bulk pricing',
    body: `Hi Alex,

Thanks for asking about bulk pricing. For orders above 500 units we offer a 12% discount, and delivery is free within the EU. I've attached our current price sheet.

Best,
Nina Schulz
Sales | Greenleaf Packaging`,
  },
];
