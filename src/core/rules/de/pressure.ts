// German pressure and guilt phrases: they make a reminder feel like a demand, and they turn a
// "close the file" mail into a threat instead of a clean abort.
import type { RuleSpec } from '../types';

export const pressure: RuleSpec[] = [
  {
    id: 'de.pressure.letzte-chance',
    signal: 'pressure',
    pattern:
      /(?:wirklich )?(?:die |Ihre |deine )?letzte (?:Chance|Gelegenheit|Möglichkeit)|letztmalig|(?:nicht|kaum) (?:mehr )?entgehen lassen/,
    message: '„Letzte Chance“ ist Druck: Er lässt den Empfänger ausweichen statt entscheiden.',
    flag: [
      'Das ist [Ihre letzte Chance] auf den Rabatt.',
      'Das wollen Sie sich doch [nicht entgehen lassen]?',
    ],
    pass: ['Bei unserem letzten Gespräch ging es um die Halle.'],
  },
  {
    id: 'de.pressure.schuld',
    signal: 'pressure',
    pattern:
      /(?:etwas |sehr |ehrlich gesagt )?enttäuscht|(?:nicht (?:besonders |sehr )?)professionell|das Mindeste|nicht zu viel verlangt|Ich erwarte (?:Ihre|eine) (?:Antwort|Rückmeldung|Entscheidung)|(?:dreimal|viermal|mehrfach|x-mal) geschrieben|(?:wäre|ist) (?:doch )?(?:nur )?fair|nicht so wichtig (?:ist|sind)|(?:meine|die) (?:dritte|vierte|fünfte) (?:Mail|E-Mail|Nachricht)|viel Zeit genommen|dann eben/,
    message: 'Vorwürfe und Schuldgefühle beschädigen die Beziehung und bringen keine Entscheidung.',
    flag: ['Ehrlich gesagt bin ich [etwas enttäuscht].', 'Eine kurze Antwort wäre [das Mindeste] gewesen.'],
    pass: ['Unser Team arbeitet professionell und zuverlässig.'],
  },
  {
    id: 'de.pressure.frist-drohung',
    signal: 'pressure',
    pattern:
      /(?:läuft|laufen) (?:\w+ ){0,4}?aus|(?:nicht|kaum) (?:mehr )?ewig|danach (?:vergeben|geben) wir|(?:können|kann) (?:ich )?(?:Ihnen )?(?:diese|die) Konditionen (?:\S+ ){0,4}?(?:leider )?nicht mehr|sonst (?:kann|können|muss|müssen) (?:ich|wir)|nur noch (?:heute|bis)|nur noch (?:ein|eine|einen|zwei|drei|vier|wenige|[0-9]+) (?:\w+ )?\w*(?:Plätze|Platz|Termine|Termin|Slots|Kapazitäten) (?:frei|verfügbar|offen)|(?:wäre|ist) (?:doch |echt |wirklich )?schade, wenn (?:Sie|ihr|du)|verfällt|verfallen|endgültig|freigeben müssen|(?:muss|müssen) (?:ich|wir) (?:Ihnen )?leider mitteilen/,
    message: 'Eine künstliche Frist setzt unter Druck; sie ersetzt keinen vereinbarten nächsten Schritt.',
    flag: [
      'Der Rabatt [läuft am Freitag aus].',
      'die Interessenten warten [nicht ewig]',
      'Wir haben [nur noch zwei Firmenplätze frei].',
      '[Wäre doch schade, wenn ihr] leer ausgeht!',
    ],
    pass: ['Die Maschine läuft seit Montag.'],
  },
  {
    id: 'de.pressure.dringlichkeit',
    signal: 'pressure',
    pattern:
      /letzte (?:Erinnerung|Mahnung|Aufforderung)|(?:bitte um |erbitte )?umgehende (?:Rückmeldung|Antwort)|andernfalls|warum (?:antworten Sie|melden Sie sich) nicht|ignoriert|(?:brauche|benötige) (?:jetzt )?(?:endlich )?(?:eine|Ihre) (?:Antwort|Entscheidung|Zusage)|(?:brauche|benötige) ich (?:\S+ ){0,3}?(?:eine|Ihre) (?:Antwort|Entscheidung|Zusage)|endlich/,
    message: 'Dringlichkeit und Vorwürfe erzeugen Abwehr statt einer Entscheidung.',
    flag: [
      'Ich [brauche jetzt endlich eine Antwort].',
      'Dies ist die [letzte Erinnerung].',
      'Deshalb [brauche ich bis Montag eine Zusage] von Ihnen.',
    ],
    pass: ['Ich melde mich am Freitag um 10 Uhr.'],
  },
];
