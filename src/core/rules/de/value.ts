// German signs of new value: news, a revised or new document, a concrete new option or number.
import type { RuleSpec } from '../types';

export const value: RuleSpec[] = [
  {
    id: 'de.value.neuigkeit',
    signal: 'value',
    pattern:
      /(?:kleines|kurzes|neues) Update(?: von (?:unserer Seite|mir|uns))?:|(?:kleine|kurze|wichtige) Info (?:noch )?(?:zu|zur|zum)|(?:eine |zwei |drei |gute |kleine |erfreuliche )(?:Neuigkeit(?:en)?)|Neuigkeit:|Gute Nachricht|(?:eine |noch eine )?(?:Information|Ergänzung|Hinweis|Möglichkeit|Lösung|Sache|Entwicklung|Neuerung|Änderung|Urteil)\w*,? (?:\S+ ){0,6}?(?:relevant|interessant|wichtig|eingefallen|geändert)|(?:etwas|was),? (?:\w+ ){0,3}?(?:Sie|dich) interessieren (?:dürfte|könnte)|(?:hat sich|haben sich) (?:\w+ ){0,2}?(?:geändert|ergeben)|(?:dafür|jetzt) habe ich (?:\w+ ){0,2}?(?:eine Lösung|etwas Neues)/,
    flag: [
      '[Eine Neuigkeit], die für Sie interessant ist',
      '[eine Ergänzung zu unserem Angebot, die für Sie interessant] sein dürfte',
      '[Kurzes Update von unserer Seite:] die Halle ist ab März frei.',
      '[Kleine Info noch zu] meiner Offerte: Der Wein hat 18 Punkte bekommen.',
    ],
    pass: ['Gibt es schon Neuigkeiten?', 'Gibt es ein Update zum Angebot?'],
  },
  {
    id: 'de.value.dokument',
    signal: 'value',
    pattern:
      /(?:anbei|im Anhang|beigefügt|angehängt|hängt an|hänge ich (?:Ihnen |dir )?(?:\w+ ){0,4}?an|sende ich Ihnen|schicke ich Ihnen|erhalten Sie|hier (?:ist |sind )?(?:die|das|der|unser|mein)) (?:\w+ ){0,4}?(?:überarbeitete|aktualisierte|angepasste|neue|ergänzte|zusätzlich|zwei|drei|erste)\w*|(?:die |das )?(?:neue|überarbeitete|aktualisierte|angepasste) (?:Version|Kalkulation|Fassung|Variante|Berechnung|Konzept)\w* (?:\w+ ){0,3}?(?:hängt an|anbei|liegt bei|im Anhang)/,
    flag: ['[anbei die überarbeitete] Kalkulation', '[Die neue Version hängt an].'],
    pass: ['Anbei noch einmal unser Angebot.'],
  },
  {
    id: 'de.value.material',
    signal: 'value',
    pattern:
      /(?:anbei|im Anhang|beigefügt) (?:finden Sie |erhalten Sie |sende ich Ihnen |schicke ich Ihnen )?(?:\w+ ){0,3}?(?:Referenz|Projektbericht|Fallstudie|Entwurf|Entwürfe|Muster|Zertifikat|Bericht|Profil|Checkliste|Merkblatt|Fotos|Bilder|Skizze|Probe|Wirtschaftlichkeitsberechnung)\w*|(?:Fallstudie|Referenzen|Projektberichte|Probeübersetzung|Papiermuster|Entwurfsvarianten)\w*|(?:hänge|habe|hab) (?:ich )?(?:sie |es |ihn |die |das )?(?:Ihnen |dir )?(?:\w+ ){0,4}?(?:angehängt|an)(?=[\s.,;!)–-]|$)|[\w-]+ anbei(?=[\s.,;)]|$)/,
    flag: ['Die [Fallstudie] (2 Seiten) liegt bei.', 'Ein paar Bilder [hänge ich an].'],
    pass: ['Für Rückfragen stehe ich zur Verfügung.'],
  },
  {
    id: 'de.value.konkrete-aenderung',
    signal: 'value',
    pattern:
      /von (?:rund |ca\.? |etwa |knapp )?[0-9][0-9.,]* ?(?:€|Euro|EUR|CHF|%|Prozent|Tage\w*|Wochen|Stunden|Jahre\w*)? auf [0-9][0-9.,]*|[0-9][0-9.,]* ?(?:€|Euro|CHF|%)? statt (?:wie )?(?:bisher )?(?:ab )?[0-9][0-9.,]*|[0-9]+ ?% (?:unter|weniger|günstiger|niedriger|schneller|mehr)|(?:senken|sinkt|sinken|verkürzen|verkürzt|sparen|spart|gespart|entfällt|entfallen|wegfallen|fällt weg|förderfähig|Fördermittel|Förderung|gefördert|kostenfrei|ohne Aufpreis|zum gleichen (?:Stück)?[Pp]reis|zum selben Preis|ohne Mehrkosten|am Preis ändert sich (?:\w+ )?nichts|frei Haus|Gutschrift|streichen wir|erlassen wir|übernehmen wir)/,
    flag: [
      'die Lieferzeit [von 6 auf 4] Wochen',
      'Die Anfahrtspauschale [entfällt].',
      '[Am Preis ändert sich dadurch nichts].',
    ],
    pass: ['Unser Angebot vom 3.11. gilt weiter.'],
  },
  {
    id: 'de.value.alternative',
    signal: 'value',
    pattern:
      /(?:(?:wir|ich) (?:könnten|können|würden)|(?:könnten|können|würden) (?:wir|ich)) (?:\S+ ){0,8}?(?:statt|anstatt|anstelle)(?= )|(?:alternativ|als Alternative) (?:könnten|können|würden|biete|bieten) (?:wir|ich)|(?:hätte|habe|hab|hätten|haben) (?:ich|wir) (?:\S+ ){0,3}?(?:noch )?(?:eine|einen) (?:\w+ )?(?:Alternative|Option|Variante|Vorschlag)|statt (?:\S+ ){0,4}?(?:könnten|können) (?:wir|ich)/,
    flag: [
      '[Wir könnten die Schulung statt] im Mai auch im Juni machen.',
      '[Alternativ könnten wir] zwei Etappen planen.',
      'zu unserem Angebot [hätte ich noch eine Alternative]: Eiche statt Nuss.',
    ],
    pass: ['Könnten Sie mir sagen, wie es aussieht?'],
  },
  {
    id: 'de.value.seit-neu',
    signal: 'value',
    pattern:
      /(?:seit (?:dieser|letzter) Woche|ab sofort|neu aufgelegt|(?:(?:wir|ich) (?:bieten|biete)|(?:bieten|biete) (?:wir|ich)) (?:\S+ ){0,3}?(?:inzwischen|jetzt|nun|neu|neuerdings) (?:auch )?(?:als|eine|einen|ein)|wieder (?:auf Lager|vorrätig|lieferbar|verfügbar)|ist (?:jetzt|nun|seit \w+ \w+) live|gestern hat sich|habe (?:\w+ ){0,3}?(?:angepasst|nachgesehen|recherchiert|nachgerechnet|ergänzt|aufgenommen|eingefügt))/,
    flag: [
      '[Seit dieser Woche] läuft ein zweiter Automat.',
      'Ich [habe das Konzept daraufhin angepasst].',
      '[Wir bieten das Mandat deshalb inzwischen auch als] Basisvariante an.',
      'Die Module sind [wieder auf Lager].',
    ],
    pass: ['Seit Ihrer letzten Mail ist nichts passiert.'],
  },
  {
    id: 'de.value.neue-arbeit',
    signal: 'value',
    pattern:
      /(?:hab|habe|haben) (?:ich |wir )?(?:Ihnen |dir |euch )?(?:\S+ ){0,4}?(?:durchgerechnet|ausgearbeitet|vorbereitet|zusammengestellt|entworfen|skizziert|erstellt|aufbereitet|nachgerechnet)|(?:hängt|hängen|liegt|liegen) (?:Ihnen |dir )?(?:an|bei)(?= ?[.,;:!)\n–—-]|$)|(?:noch )?(?:einen|eine) (?:Gedanken|Idee|Anregung|Tipp)|(?:habe|hab) (?:\w+ ){0,2}?(?:gesehen|gelesen|erfahren|mitbekommen), dass|(?:ist|sind) (?:jetzt|nun|seit kurzem) (?:\S+ ){0,10}?(?:frei geworden|verfügbar|möglich|live)|können wir (?:\S+ ){0,3}?(?:jetzt|nun|ab sofort)|Info\w*,? die (?:\S+ ){0,5}?(?:relevant|interessant|wichtig)/,
    flag: [
      'Die Übersicht [hängt an].',
      'Ich [habe Ihnen die Variante zusätzlich durchgerechnet].',
      '[eine Idee] zu eurer Kampagne',
      'Die Referenzen [liegen Ihnen bei].',
      'Die korrigierte Kalkulation [hängt an] – das sind 320 € weniger.',
    ],
    pass: [
      'Hatten Sie schon Zeit, das Angebot anzusehen?',
      'Unser Pauschalangebot liegt bei 780 € im Monat.',
    ],
  },
  {
    id: 'de.value.neue-lage',
    signal: 'value',
    pattern:
      /(?:liegt|liegen) (?:\S+ ){0,2}?(?:jetzt |nun |inzwischen )?vor|(?:ist|sind) (?:jetzt |nun |inzwischen )?(?:durch|genehmigt|freigegeben|bewilligt|bestätigt)|mit (?:unserer|meiner|meinem|unserem) (?:Geschäftsführung|Chef|Chefin|Team|Technik|Einkauf|Vorstand|Partner)\w* (?:\S+ ){0,2}?(?:gesprochen|geklärt|abgestimmt)|\w+, (?:die|das|der) (?:\S+ ){0,6}?(?:relevant|interessant|wichtig) (?:ist|sein dürfte|sein könnte|wäre)/,
    flag: [
      'Die Abrechnung [liegt jetzt vor].',
      'Die Genehmigung [ist durch].',
      'Es gibt eine [Förderung, die für Sie relevant sein dürfte].',
    ],
    pass: ['Wie sieht es bei Ihnen aus?', 'Ich gehe davon aus, dass das Thema weiterhin relevant ist.'],
  },
  {
    id: 'de.value.hinweis',
    signal: 'value',
    pattern:
      /auf (?:eine|einen|ein) (?:\w+ )?(?:Änderung|Neuerung|Neuigkeit|Entwicklung|Möglichkeit) hinweisen|(?:habe|hab) ich (?:Ihnen |dir )?(?:\S+ ){0,3}?beigefügt/,
    flag: ['möchte ich Sie [auf eine Änderung hinweisen]:', 'Die Rechnung [habe ich Ihnen beigefügt].'],
    pass: ['Ich weise Sie auf unsere AGB hin.'],
  },
];
