// German time expressions and the cue words that say whether a time is a next step or the past.
import type { RuleSpec } from '../types';

const MONTH =
  '(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)';
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa)';

export const time: RuleSpec[] = [
  {
    id: 'de.time.datum',
    signal: 'time',
    pattern: new RegExp(
      `(?:${WEEKDAY}\\.?,? (?:den )?)?(?:[0-3]?[0-9]\\. ?(?:[01]?[0-9]\\.(?:[0-9]{2,4})?|${MONTH}\\.?(?: [0-9]{4})?)|[0-3]?[0-9]\\.[01]?[0-9]\\.)`,
    ),
    flag: ['am [Donnerstag, 3.12.] um 10 Uhr', 'bis [11. Dezember]'],
    pass: ['Version 2 ist fertig.'],
  },
  {
    id: 'de.time.wochentag',
    signal: 'time',
    pattern:
      /(?:(?:am|bis|ab|nächsten|kommenden|diesen|nächste Woche|kommende Woche) )?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?:vormittag|nachmittag|mittag|abend|früh)?(?: (?:Vormittag|Nachmittag|Mittag|Abend|früh))?|(?:morgen|übermorgen)(?: (?:früh|Vormittag|Nachmittag|Mittag|Abend))?/,
    flag: ['Ich rufe Sie [am Freitag] an.', 'Passt es [morgen Vormittag]?'],
    pass: ['Wir liefern werktags.'],
  },
  {
    id: 'de.time.uhrzeit',
    signal: 'time',
    pattern:
      /(?:um |gegen |ab )?[0-2]?[0-9](?:[:.][0-5][0-9])? Uhr|(?:um|gegen) [0-2]?[0-9][:.][0-5][0-9]|(?:um|gegen) [0-2]?[0-9](?![0-9.,:])/,
    flag: ['Donnerstag [um 10:00 Uhr]', '[gegen 14 Uhr]'],
    pass: ['Wir sind 24/7 erreichbar.'],
  },
  {
    id: 'de.time.frist',
    signal: 'time',
    pattern: new RegExp(
      `(?:in |bis |ab )?KW ?[0-9]{1,2}|(?:bis )?(?:Ende|Anfang|Mitte) (?:der |dieser |nächster |kommender )?(?:Woche|${MONTH}|nächsten Monats|des Monats)|(?:in der |die )?(?:erste[n]?|zweite[n]?|letzte[n]?) ${MONTH}woche|nächste Woche ${WEEKDAY}|(?:nächste|kommende|diese|übernächste) Woche`,
    ),
    flag: ['Durchführung [in KW 4]', '[bis Ende nächster Woche]'],
    pass: ['Wir melden uns bald.'],
  },
  {
    id: 'de.vague-time.bald',
    signal: 'vague-time',
    pattern:
      /zeitnah|demnächst|bald(?:möglichst)?|in den nächsten (?:Tagen|Wochen)|in Kürze|bei Gelegenheit|wann (?:immer )?es (?:Ihnen|dir) passt|irgendwann|jederzeit|wenn Sie (?:mal )?Zeit haben/,
    flag: ['Ich melde mich [zeitnah].', '[in den nächsten Tagen]'],
    pass: ['am Freitag um 9 Uhr'],
  },
  {
    id: 'de.past-marker.vorher',
    signal: 'past-marker',
    pattern:
      /vom|seit(?: dem| der)?|letzte[nrsm]?|vergangene[nrsm]?|zuletzt|nach (?:Ihrer|Ihrem|der|dem|unserer|unserem|eurer|eurem|deiner|deinem)|(?:in|bei|auf) (?:unserem|unserer|dem|der) (?:\w+ )?(?:Telefonat|Termin|Gespräch|Workshop|Treffen|Call|Besuch|Messe|Infotag)\w*/,
    flag: ['das Angebot [vom] 3.11.'],
    pass: ['Ich rufe Sie an.'],
  },
  {
    id: 'de.past-verb.vergangen',
    signal: 'past-verb',
    pattern:
      /vereinbart|verabredet|abgestimmt|ausgemacht|abgemacht|besprochen|abgesprochen|gesprochen|telefoniert|geschickt|gesendet|geschrieben|gehört|erhalten|gebeten|zugesagt|gewünscht|kennengelernt|vorgestellt|stattgefunden|gelaufen|getroffen|hatten|hatte|war|waren|ging|gab/,
    flag: ['am 3.11. [vereinbart]'],
    pass: ['Ich rufe Sie an.'],
  },
  {
    id: 'de.future-cue.naechster-schritt',
    signal: 'future-cue',
    pattern:
      /melde (?:ich )?mich (?:\S+ ){0,3}?(?:nach|wegen|am|bis|morgen|heute)|(?:rufe|ruf|melde|komme|komm|schicke|sende|reserviere|halte|blocke|treffe|besuche) (?:ich )?(?:Sie |dich |euch |mich )?(?:\S+ ){0,12}?(?:an|vorbei|frei|bei (?:Ihnen|dir|euch))(?=[\s.,;!?–-]|$)|bis (?:zum |spätestens )?|spätestens|passt (?:es )?(?:Ihnen|dir|euch)|passen (?:Ihnen|dir)|hätte ich|können wir|wollen wir|sollen wir|lassen Sie uns|lass uns|werde ich|wird (?:\w+ )?(?:zugestellt|geliefert)|würde (?:ich )?(?:mich )?(?:gern|gerne)|anrufen|vorbeikommen|vorbeischauen|durchgehen|Bescheid geben|(?:gilt|gelten) (?:\w+ ){0,3}?bis|läuft (?:\w+ ){0,3}?aus/,
    flag: ['[Passt es Ihnen] am Freitag?', 'Ich [rufe Sie am Freitag an].'],
    pass: ['Das Angebot war gut.'],
  },
];
