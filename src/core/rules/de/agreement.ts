// German references to a concrete prior agreement ("wie vereinbart", "Sie hatten mich gebeten …").
import type { RuleSpec } from '../types';

export const agreement: RuleSpec[] = [
  {
    id: 'de.agreement.wie-vereinbart',
    signal: 'agreement',
    pattern:
      /wie (?:\S+ ){0,8}?(?:vereinbart|verabredet|abgestimmt|ausgemacht|abgemacht|abgesprochen|vorgeschlagen|geplant)|wie (?:\S+ ){1,6}?besprochen/,
    flag: [
      '[wie am Dienstag telefonisch vereinbart] sende ich Ihnen',
      '[Wie auf der Messe besprochen] melde ich mich',
    ],
    pass: ['Wie besprochen stehe ich für Fragen zur Verfügung.', 'Die Vereinbarung liegt bei.'],
  },
  {
    id: 'de.agreement.gebeten',
    signal: 'agreement',
    pattern:
      /(?:Sie|du|ihr) (?:hatten|hattest|hattet|haben|hast) mich (?:\S+ ){0,7}?(?:gebeten|beauftragt|aufgefordert)|(?:Sie|du) (?:hatten|haben|hast|hattest) mir (?:\S+ ){0,4}?(?:geschrieben|gesagt|mitgeteilt), dass|(?:Sie|du) wollten? (?:\w+ ){0,8}?(?:Bescheid geben|melden|entscheiden)|wie (?:mit Ihnen|mit dir) (?:vereinbart|besprochen)|wie (?:von Ihnen|von dir) vorgeschlagen/,
    flag: [
      '[Sie hatten mich im Mai gebeten], mich nach der Messe zu melden.',
      '[Sie hatten mir am Montag geschrieben, dass] ich anrufen kann.',
    ],
    pass: ['Ich hatte Ihnen das Angebot geschickt.'],
  },
  {
    id: 'de.agreement-delivery.wie-zugesagt',
    signal: 'agreement-delivery',
    pattern:
      /wie (?:\S+ ){0,4}?(?:zugesagt|angekündigt|versprochen|gewünscht|erbeten)|wie (?:\S+ ){0,3}?besprochen,? (?:habe|hab|haben) (?:ich|wir)|hatte ich (?:Ihnen|dir|euch) (?:\S+ ){0,3}?(?:zugesagt|versprochen)/,
    flag: [
      'Hier [wie versprochen] die Zahlen.',
      'Beim Termin [hatte ich Ihnen zugesagt], Referenzen zu schicken.',
    ],
    pass: ['Ich habe Ihnen das Angebot geschickt.'],
  },
  {
    id: 'de.agreement-soft.wie-besprochen',
    signal: 'agreement-soft',
    pattern: /wie (?:bereits )?besprochen|wie (?:bereits )?erwähnt|wie telefonisch angekündigt/,
    flag: ['[Wie besprochen] rufe ich Sie am Freitag um 9 Uhr an.'],
    pass: ['Wir haben viel besprochen.'],
  },
  {
    id: 'de.thread-agreement.melden-sie-sich',
    signal: 'thread-agreement',
    pattern:
      /melden Sie sich (?:\w+ ){0,8}?(?:nach|Anfang|Ende|Mitte|in|am|im|bis|wieder)|rufen Sie mich (?:\w+ ){0,5}?an|lassen Sie uns (?:\w+ ){0,6}?(?:sprechen|telefonieren|reden)|kommen Sie (?:\w+ ){0,6}?auf mich zu|(?:ich|wir) (?:entscheiden|melde mich|melden uns) (?:\w+ ){0,5}?(?:bis|nach|am|Anfang|Ende)|die Entscheidung fällt (?:\w+ ){0,5}?(?:am|bis|nach|in)|(?:meld|melde) dich (?:\w+ ){0,6}?(?:nach|Anfang|Ende|Mitte|in|am|wieder)/,
    flag: ['Bitte [melden Sie sich nach] unserer Vorstandssitzung wieder.'],
    pass: ['Melden Sie sich jederzeit.'],
  },
  {
    id: 'de.agreement.verblieben',
    signal: 'agreement',
    pattern:
      /(?:wir|Sie) (?:waren|hatten|sind) (?:\S+ ){0,3}?so verblieben|(?:haben|hatten) (?:wir|Sie) (?:\S+ ){0,3}?(?:vereinbart|ausgemacht|abgemacht|verabredet|abgesprochen|festgelegt),? dass|(?:wir|Sie) hatten (?:\S+ ){0,5}?(?:vereinbart|ausgemacht|abgemacht|verabredet|festgelegt|abgestimmt)|(?:hatten|haben) (?:Sie|du) (?:\S+ ){0,2}?(?:vorgeschlagen|angeregt|gemeint|gesagt|erwähnt),? dass|hatten (?:wir|Sie) (?:\S+ ){0,3}?(?:vereinbart|ausgemacht|abgemacht|verabredet|abgesprochen|festgelegt)|(?:Sie|du) (?:hatten|haben|hast|hattest) (?:\S+ ){0,2}?(?:vorgeschlagen|angeregt|gemeint|gesagt),? (?:dass|ich solle)|Sie baten mich|(?:Sie|du) (?:meinten|sagten|meintest|sagtest),? (?:\S+ ){0,8}?(?:ich solle|ich könne|ich soll|ich kann|ich möge|ich dürfe)|auf Ihren Wunsch|Ihrer Bitte (?:entsprechend|folgend)/,
    flag: [
      '[Wir waren so verblieben], dass ich mich im Dezember melde.',
      '[Sie baten mich], nach der Messe anzurufen.',
      'bei der Begehung [haben wir vereinbart, dass] ich mich nach der Sitzung melde.',
    ],
    pass: ['Wir hatten ein gutes Gespräch.'],
  },
];
