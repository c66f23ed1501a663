// German contexts: what the mail is about (an open offer, an invoice, a recap, an internal note),
// re-sent material, and delegation to a colleague.
import type { RuleSpec } from '../types';

export const context: RuleSpec[] = [
  {
    id: 'de.open-matter.angebot',
    signal: 'open-matter',
    pattern:
      /(?:unser|mein|das|Ihr|dein|zum|zu unserem|zu meinem)\w* (?:\w+ ){0,2}?(?:Angebot|Offerte|Honorarangebot|Kostenvoranschlag|Kalkulation|Vorschlag|Konzept|Katalogangebot)\w*|(?:habe|hatte) (?:ich )?(?:Ihnen|dir|euch) (?:\w+ ){0,4}?(?:geschickt|gesendet|geschrieben|zukommen lassen)/,
    flag: ['[zu unserem Angebot] für den Katalog', 'ich [hatte Ihnen letzte Woche unser Angebot geschickt]'],
    pass: ['Vielen Dank für Ihre Anfrage.'],
  },
  {
    id: 'de.recontact.frueher',
    signal: 'recontact',
    pattern:
      /(?:das|die|den) ich (?:Ihnen|dir|euch) (?:\S+ ){0,4}?(?:geschickt|gesendet|geschrieben|vorgestellt) (?:habe|hatte)|(?:habe|hatte) ich (?:Ihnen|dir|euch) (?:\S+ ){0,8}?(?:geschickt|zugeschickt|gesendet|zugesandt|übermittelt|zukommen lassen|geschrieben)|ich (?:Ihnen|dir|euch) (?:\S+ ){0,9}?(?:angeboten|anbieten konnte)|(?:meine|meiner) (?:letzte[nr]? )?(?:Mail|E-Mail|Nachricht) vom|seit (?:unserem|unserer|meinem|meiner) (?:\w+ )?(?:Gespräch|Termin|Besuch|Telefonat|Präsentation|Angebot|Nachricht|Mail)|bei meinem (?:letzten )?Besuch|(?:nach|seit) unserem (?:letzten )?(?:Gespräch|Telefonat|Termin|Treffen|Call)|(?:im|beim|in unserem) (?:Erstgespräch|Demo-Termin|Gespräch|Termin|Telefonat) (?:\S+ ){0,4}?(?:gefragt|angesprochen|erwähnt)|unser(?:em)? (?:letzten )?(?:Gespräch|Telefonat) (?:zu|über|zum|zur|wegen)|(?:zu|an) (?:meinem|unserem) Angebot (?:vom|für|zu)|(?:Ergänzung|Nachtrag) zu (?:meiner|unserer|meinem|unserem) (?:\w+ )?(?:Offerte|Angebot|Mail|E-Mail|Nachricht|Kalkulation|Vorschlag|Konzept)|(?:die|den|das) (?:Sie|du|ihr) (?:sich |dir |euch )?(?:\S+ ){0,4}?(?:angesehen|angeschaut|besichtigt|getestet|ausprobiert) (?:haben|hast|habt|hatten)/,
    flag: [
      'über das Angebot, [das ich Ihnen im Februar geschickt habe]',
      'Ein kurzer [Nachtrag zu unserem Angebot] für die Halle:',
      'zum Modell, [das Sie sich im Showroom angeschaut haben]',
    ],
    pass: ['Ich schicke Ihnen das Angebot morgen.'],
  },
  {
    id: 'de.reattach.noch-einmal',
    signal: 'reattach',
    pattern:
      /(?:noch ?mal|nochmals|noch einmal|erneut) (?:\w+ ){0,3}?(?:im Anhang|anbei|angehängt|an|der Link|mein Angebot|unser Angebot|die Unterlagen)|(?:der Vollständigkeit|der Einfachheit) halber|hängt unten an|unten (?:noch einmal|nochmal)|(?:dass|ob) (?:Sie )?unser Angebot (?:\w+ ){0,6}?geöffnet|zur Erinnerung hier (?:noch einmal|nochmal)/,
    flag: ['sende ich es Ihnen [noch einmal im Anhang].', '[der Vollständigkeit halber] hänge ich es an'],
    pass: ['Anbei die überarbeitete Fassung.'],
  },
  {
    id: 'de.not-reminder.rechnung',
    signal: 'not-reminder',
    pattern:
      /Zahlungserinnerung|Mahnung|Rechnung(?:s?nummer| Nr\.?| vom|sbetrag)|Zahlungseingang|offene[nr]? (?:Betrag|Rechnung|Posten)|überweisen|fällig (?:seit|am|war)|Mahngebühr|bezahlt haben/,
    flag: ['Für die [Rechnung Nr.] 4411 ist noch kein Geld eingegangen.'],
    pass: ['Im Angebot sind alle Positionen aufgeführt.'],
  },
  {
    id: 'de.not-reminder.bestaetigung',
    signal: 'not-reminder',
    pattern:
      /Auftragsbestätigung|bestätigen (?:wir )?Ihnen (?:den Auftrag|Ihre Bestellung|gern)|(?:vielen|herzlichen|besten) Dank für Ihre (?:Bestellung|Zusage|Auftrag|Buchung)|bestätige (?:ich )?(?:hiermit )?unseren Termin|bestätigen? (?:ich |wir )?(?:\S+ ){0,4}?(?:den|unseren|Ihren|die) (?:\w+ )?(?:Termin|Auftrag|Bestellung|Buchung)|Lieferavis|wird (?:\w+ ){0,4}?zugestellt|Ihre Sendung|(?:vielen|herzlichen) Dank für die unterschriebene|(?:danke|vielen Dank|herzlichen Dank) für (?:Ihre|deine|eure) Unterschrift|willkommen an Bord/,
    flag: [
      '[Vielen Dank für Ihre Bestellung] vom Montag.',
      '[Herzlichen Dank für Ihre Unterschrift] – wir legen los.',
    ],
    pass: ['Vielen Dank für Ihr Interesse.'],
  },
  {
    id: 'de.not-reminder.termin',
    signal: 'not-reminder',
    pattern:
      /(?:nur |eine kurze |kurze |freundliche )?(?:zur )?Erinnerung an (?:Ihr|Ihren|unseren|den) (?:\w+ )?(?:Termin|Shooting|Produktshooting|Fotoshooting|Besuch|Workshop|Seminar)|(?:Sie|dich|euch) (?:\w+ )?an (?:Ihren|deinen|euren) (?:\w+ )?\w*(?:termin|besuch) (?:\S+ ){0,4}?erinnern|erinnern (?:wir|ich) (?:Sie|dich|euch) (?:gerne |gern )?an (?:das|den|die|Ihr|Ihren|Ihre|dein|deinen|deine) (?:\w+ )?\w*(?:termin|training|kurs|seminar|workshop|besuch|schulung)|kommt unser (?:\w+ )?(?:Techniker|Monteur|Servicetechniker|Mitarbeiter|Kundendienst|Gutachter)|Terminerinnerung|nur zur Erinnerung(?!: (?:unser|mein)\w* (?:\S+ ){0,2}?\S*(?:angebot|offerte|kostenvoranschlag))|damit (?:\w+ ){0,3}?alles glatt ?läuft|(?:Termin|Workshop|Treffen|Besuch|Shooting)\w* (?:\w+ ){0,3}?verschieben|Verschiebung (?:unseres|des|Ihres|unserer)|Ersatztermine?|bringen Sie (?:bitte )?(?:\w+ ){0,3}?mit/,
    flag: [
      '[eine kurze Erinnerung an Ihr Shooting] am Donnerstag',
      'wir möchten [Sie an Ihren Wartungstermin erinnern]: Dienstag, 10 Uhr.',
      'Wie besprochen [erinnern wir Sie an das Fahrsicherheitstraining] am Dienstag.',
      'wie besprochen [kommt unser Techniker], Herr Schulte, am Montag um 8 Uhr.',
    ],
    pass: ['Ich möchte Sie an unser Angebot erinnern.', 'Ich darf Sie an unseren Termin vom 3.11. erinnern.'],
  },
  {
    id: 'de.not-reminder.protokoll',
    signal: 'not-reminder',
    pattern:
      /(?:die |das |eine |kurze )?(?:Zusammenfassung|Protokoll|Gesprächsnotiz)|nächste Schritte|Ergebnisse (?:im Überblick|unserer|der)|(?:vielen |herzlichen )?Dank für (?:den|das|die|unser|unsere|Ihre) (?:\w+ )?(?:Termin|Gespräch|Treffen|Besprechung|Besuch)|Nächste Besprechung/,
    flag: ['Hier wie versprochen [die Zusammenfassung]:'],
    pass: ['Ich fasse nach.'],
  },
  {
    id: 'de.not-reminder.antwort',
    signal: 'not-reminder',
    pattern:
      /(?:^|\n)(?:ja|nein|gute Frage|klar|selbstverständlich|perfekt)[,.:!–-]|(?:vielen Dank|danke) für die (?:Erinnerung|offene Rückmeldung)|die Antwort lautet|entschuldigen Sie die Verzögerung/,
    flag: ['[Vielen Dank für die Erinnerung] und entschuldigen Sie.'],
    pass: ['Ich freue mich auf Ihre Antwort.'],
  },
  {
    id: 'de.not-reminder.info',
    signal: 'not-reminder',
    pattern:
      /wir sind uns bisher nicht begegnet|mir ist aufgefallen|(?:möchten|wollen) (?:wir )?Sie (?:auf|über) (?:\w+ ){0,4}?(?:hinweisen|informieren)|als Kundin|als Kunde|verabschiede ich mich (?:\w+ ){0,3}?in den Ruhestand|übernimmt (?:meine|mein) (?:Kollegin|Kollege)|Nachtrag Nr\.?|gemäß § ?[0-9]+|ist (?:nicht erforderlich|davon nicht betroffen)|kein (?:weiterer )?Handlungsbedarf|Weiterer Handlungsbedarf besteht nicht/,
    flag: ['[Mir ist aufgefallen], dass Ihre Seite neu ist.'],
    pass: ['Ich habe mein Angebot angepasst.'],
  },
  {
    id: 'de.delegation.kollege',
    signal: 'delegation',
    pattern:
      /(?:kannst|könntest) du (?:\S+ ){0,16}?(?:nachhaken|nachfassen|nachfragen|anrufen|hinterher|übernehmen)|hast du (?:schon )?(?:\w+ ){0,3}?(?:von|bei) (?:der|dem|den) (?:\w+ ){0,3}?gehört|ruf (?:ich )?(?:\w+ ){0,3}?selbst an|Bitte nicht einfach nur/,
    flag: [
      '[kannst du bitte am Dienstag bei Müller nachhaken]?',
      '[kannst du bitte am Dienstag (1.12.) bei Herrn Huber von der Bäckerei Huber nachfassen]?',
      '[Kannst du bitte die Stadtwerke Ampertal übernehmen]?',
    ],
    pass: ['Ich wollte nur kurz nachhaken.'],
  },
  {
    id: 'de.not-reminder.newsletter',
    signal: 'not-reminder',
    pattern:
      /abmelden|abbestellen|Newsletter abbestellen|Sie erhalten diese (?:E-Mail|Nachricht)|Liebe Kundinnen und Kunden|Liebe Leserinnen/,
    flag: ['Zum [Abmelden] klicken Sie hier.'],
    pass: ['Anbei die überarbeitete Kalkulation.'],
  },
  {
    id: 'de.not-reminder.erstes-angebot',
    signal: 'not-reminder',
    pattern:
      /(?:vielen|herzlichen|besten) Dank für Ihre (?:Anfrage|Interesse)|wie (?:\S+ ){0,5}?(?:gewünscht|besprochen|angekündigt)[,:]? (?:erhalten Sie|sende ich Ihnen|schicke ich Ihnen|hier|anbei) (?:\S+ ){0,2}?(?:unser|mein|das|ein)\w* (?:Angebot|Offerte|Kostenvoranschlag|Exposé)|wie gewünscht (?:\S+ ){0,4}?(?:unser|mein|das|ein)\w* (?:Angebot|Offerte|Kostenvoranschlag|Exposé)|(?:bin|sind) (?:\S+ ){0,6}?(?:auf Ihre|auf Ihr|auf Sie|auf euch) (?:\S+ ){0,3}?gestoßen|zur Erinnerung:(?! (?:unser|mein)\w* (?:\S+ ){0,2}?\S*(?:angebot|offerte|kostenvoranschlag))|treffen wir uns (?:\S+ ){0,3}?(?:morgen|am)|denken Sie (?:bitte )?an/,
    flag: ['[Vielen Dank für Ihre Anfrage].'],
    pass: ['Ich möchte Sie an unser Angebot erinnern.'],
  },
  {
    id: 'de.open-matter.entscheidung',
    signal: 'open-matter',
    pattern:
      /(?:wenn|falls|sobald) (?:Sie|du|ihr) (?:sich )?(?:\S+ ){0,3}?(?:entscheiden|zusagen|beauftragen|den Auftrag erteilen)|Ihre Entscheidung|deine Entscheidung/,
    flag: ['[Wenn Sie sich für uns entscheiden], entfällt die Pauschale.'],
    pass: ['Wir haben uns entschieden, den Stand zu vergrößern.'],
  },
  {
    id: 'de.not-reminder.dank-abwesenheit',
    signal: 'not-reminder',
    pattern:
      /(?:super|perfekt|prima|toll|klasse|wunderbar)[,!]? (?:und )?(?:vielen |herzlichen |besten )?Dank|Abwesenheitsnotiz|(?:bin|ist) (?:\S+ ){0,4}?(?:nicht im Büro|außer Haus|abwesend)|automatische Antwort/,
    flag: ['[Super, vielen Dank] für den Auftrag!'],
    pass: ['Vielen Dank für Ihre Geduld.'],
  },
  {
    id: 'de.not-reminder.nach-termin',
    signal: 'not-reminder',
    pattern:
      /(?:danke|vielen Dank|herzlichen Dank) für (?:das|den|die|unser|unsere) (?:heutige[n]? |gestrige[n]? |gute[n]? )?(?:Telefonat|Gespräch|Meeting|Termin|Besuch|Call)|(?:eine |kleine |kurze )?Korrektur (?:zu|zur|zu meiner)|Berichtigung/,
    flag: [
      '[Danke für das Telefonat] heute.',
      '[Eine Korrektur zu] meiner letzten Mail: der Preis ist 40 €.',
    ],
    pass: ['Danke für Ihre Geduld.'],
  },
  {
    id: 'de.open-matter.ueberarbeitung',
    signal: 'open-matter',
    pattern:
      /(?:überarbeitete|angepasste|aktualisierte|ergänzte|geänderte)\w* (?:Kalkulation|Fassung|Version|Angebot|Offerte|Variante|Planung|Menü|Speisekarte|Entwurf|Entwürfe|Konzept|Pläne|Paket)/,
    flag: ['anbei die [überarbeitete Kalkulation] für Sie'],
    pass: ['Die Kalkulation liegt bei.'],
  },
];
