// German clean aborts: the sender closes the matter, without guilt, and leaves the door open.
import type { RuleSpec } from '../types';

export const abort: RuleSpec[] = [
  {
    id: 'de.abort.vorgang-schliessen',
    signal: 'abort',
    pattern:
      /(?:schließe|schliesse|schließ|schließen|schliessen|lege|leg|legen|lass|lasse|nehme|nehm|nehmen|betrachte|betrachten|gebe|geb|geben|sehe|sehen|werte|werten) (?:ich |wir )?(?:\S+ ){0,9}?(?:(?:ab|abschließen)|zu den Akten|ad acta|ruhen|aus meiner Wiedervorlage|von (?:meiner|der|unserer) (?:Liste|To-do-Liste|Wiedervorlage)|als (?:erledigt|abgeschlossen|beendet)|frei)(?=[\s.,;!–-]|$)|(?:schließe|schliesse|schließen) (?:ich )?(?:den Vorgang|die Akte|Ihre Akte|das Thema|das Dossier|das Angebot|unser Angebot|meine Unterlagen|das bei mir|das Ganze)/,
    flag: [
      'Ich [schließe den Vorgang] auf meiner Seite.',
      'Ich [lege den Vorgang deshalb zu den Akten].',
      'Ich [nehme Sie aus meiner Wiedervorlage].',
      'ich [leg die Offerte damit zu den Akten].',
      'Ich [nehm das Thema erst mal von meiner Liste].',
      'Ich [gebe den 3. Mai deshalb in meinem Kalender wieder frei].',
    ],
    pass: ['Bitte schließen Sie die Tür.'],
  },
  {
    id: 'de.abort.nicht-mehr-melden',
    signal: 'abort',
    pattern:
      /(?:werde|werd|melde|meld) (?:mich |Sie )?(?:\w+ ){0,5}?(?:nicht (?:mehr|weiter)|auch nicht mehr)(?: (?:\w+ ){0,3}?(?:melden|kontaktieren|anschreiben|nachfragen|von (?:selbst|mir aus)|dazu))?(?=[\s.,;!–-]|$)|(?:trage|gebe) (?:\S+ ){0,4}?(?:wieder )?als frei|(?:höre|hör) (?:\w+ ){0,2}?auf,? (?:\w+ ){0,4}?(?:nachzufragen|zu schreiben|nachzuhaken)|verabschiede mich (?:\w+ ){0,3}?(?:für den Moment|vorerst|von dem Thema)|keine Antwort nötig|(?:müssen|musst) (?:auf diese (?:Mail|Nachricht) )?nicht (?:zu )?antworten/,
    flag: [
      'und [melde mich nicht weiter dazu].',
      'Ich [höre jetzt auf, Ihnen zu schreiben].',
      '[keine Antwort nötig]',
      'ich [meld mich dann nicht mehr] von selber',
    ],
    pass: ['Ich melde mich am Freitag wieder.'],
  },
  {
    id: 'de.abort-soft.nicht-belaestigen',
    signal: 'abort-soft',
    pattern:
      /(?:möchte|will|wollte) (?:Sie|dich|euch|Ihnen|dir) (?:\w+ ){0,4}?nicht (?:\w+ ){0,4}?(?:belästigen|stören|behelligen|nerven|auf die Nerven gehen|im Postfach sitzen)|(?:gehe|geh) (?:ich )?davon aus, dass|nehme (?:ich )?an, (?:dass )?|völlig in Ordnung|kein Problem|ganz ohne Groll|nicht aus Verärgerung|wissen Sie, wo Sie mich finden|weißt du ja, wo du mich findest|melden Sie sich (?:\w+ ){0,2}?(?:jederzeit|gern|einfach)/,
    flag: ['Ich [möchte Sie nicht weiter mit Nachfragen belästigen].', 'Das ist [völlig in Ordnung].'],
    pass: ['Wir möchten Sie gern beraten.'],
  },
  {
    id: 'de.abort.rueckzug',
    signal: 'abort',
    pattern:
      /(?:ziehe|zieh|ziehen) (?:mich|uns) (?:\S+ ){0,6}?zurück|(?:mache|setze|mach) (?:\S+ ){0,3}?(?:einen )?Haken (?:dran|dahinter)|lasse (?:es|das) (?:\w+ ){0,2}?dabei bewenden|(?:lasse|lass) (?:Sie|dich|euch) (?:\w+ ){0,2}?in Ruhe|(?:belästige|störe|behellige) (?:Sie|dich|euch) (?:\w+ ){0,2}?nicht (?:weiter|mehr)|(?:hake|hak|streiche) (?:das|es|Sie|dich|euch) (?:\w+ ){0,3}?(?:ab|von meiner Liste)|(?:war|ist) (?:meine|die) letzte (?:Nachricht|Mail|E-Mail) (?:dazu|zu diesem Thema|von mir)|(?:hören|hörst) (?:Sie|du) (?:\w+ ){0,2}?nichts mehr von mir/,
    flag: ['Ich [ziehe mich an dieser Stelle zurück].', 'Ab jetzt [lasse Sie damit in Ruhe].'],
    pass: ['Ich lasse Ihnen die Unterlagen da.'],
  },
];
