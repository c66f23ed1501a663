// German chaser phrases: re-contacting about an open matter without bringing anything new.
import type { RuleSpec } from '../types';

export const chaser: RuleSpec[] = [
  {
    id: 'de.chaser.nachhaken',
    signal: 'chaser',
    pattern:
      /(?:wollte|möchte|darf|erlaube mir,?) (?:(?!nicht |mit )\w+ ){0,4}?(?:nachhaken|nachfragen|nachfassen|nachzufragen|nachzuhaken)|nachhaken|nachfassen|nachzuhaken/,
    message: '„Nachhaken“ ohne Anlass: Es erinnert, gibt aber keinen Grund zu antworten.',
    flag: [
      'Ich [wollte nur kurz nachhaken], ob Sie dazu gekommen sind.',
      '[Wollte mal nachfragen] wegen der Folien.',
      'ich [erlaube mir, nochmals nachzufragen]',
    ],
    pass: ['Ich möchte Sie nicht mit weiteren Nachfragen belästigen.', 'Die Nachfrage ist gestiegen.'],
  },
  {
    id: 'de.chaser.hake-nach',
    signal: 'chaser',
    pattern: /(?:hake|frage|fasse) (?:ich )?(?:hiermit )?(?:noch ?mal|nochmals|noch einmal|kurz|mal) nach/,
    message: '„Nachhaken“ ohne Anlass: Es erinnert, gibt aber keinen Grund zu antworten.',
    flag: ['Ich [frage noch einmal nach] wegen der Schulung.'],
    pass: ['Ich frage bei der Technik nach, ob das geht.'],
  },
  {
    id: 'de.chaser.nochmal-melden',
    signal: 'chaser',
    pattern:
      /(?:wollte|möchte) mich (?:nur )?(?:kurz )?(?:noch ?mal|nochmals|noch einmal|mal wieder) (?:bei (?:Ihnen|dir|euch) )?melden|melde mich (?:hiermit )?(?:noch ?mal|nochmals|noch einmal|erneut) (?:wegen|zu|bezüglich|bzgl\.)/,
    message:
      '„Ich wollte mich nochmal melden“ sagt nur, dass Sie warten – nicht, warum eine Antwort jetzt hilft.',
    flag: [
      'ich [wollte mich nochmal melden] – wie sieht es aus?',
      'ich [melde mich noch einmal wegen] der Folien.',
    ],
    pass: ['Ich melde mich am Dienstag um 10 Uhr.', 'Ich melde mich nicht mehr dazu.'],
  },
  {
    id: 'de.chaser.neuigkeiten',
    signal: 'chaser',
    pattern:
      /gibt(?: es|'s|s) (?:da |denn |hier |hierzu )?(?:schon |denn |inzwischen |mittlerweile )?(?:etwas |was |einen |ein )?(?:Neuigkeiten|Neues|neue Informationen|Stand|Update|Feedback|Tendenz)|(?:irgendwelche|schon) Neuigkeiten|irgendwas Neues|gibt(?: es|'s|s) (?:\S+ ){0,6}?(?:schon|inzwischen|mittlerweile|bereits) (?:eine |einen |ein )?(?:Entscheidung|Rückmeldung|Ergebnis)/,
    message: '„Gibt es schon Neuigkeiten?“ schiebt die Arbeit zum Empfänger, ohne ihm etwas zu geben.',
    flag: [
      '[Gibt es schon Neuigkeiten] zu unserem Angebot?',
      "kurze Frage: [gibt's schon was Neues] wegen der Flyer?",
    ],
    pass: ['Es gibt Neuigkeiten: Die Lieferzeit sinkt auf vier Wochen.'],
  },
  {
    id: 'de.chaser.zeit-gefunden',
    signal: 'chaser',
    pattern:
      /(?:haben|hatten|konnten|hast|hattest) (?:Sie|du) (?:sich |dir |es |das )?(?:schon|bereits|inzwischen|mittlerweile|denn schon)? ?(?:Zeit|Gelegenheit|die Gelegenheit|die Zeit) (?:gefunden|gehabt)?|(?:Sie|du) (?:schon|bereits|inzwischen) (?:Zeit|Gelegenheit) (?:hatten|hattest|gefunden)/,
    message: '„Hatten Sie schon Zeit …?“ erinnert nur und setzt den Empfänger unter Rechtfertigungsdruck.',
    flag: ['[Haben Sie schon Zeit gefunden], sich das anzusehen?', 'ob [Sie bereits Gelegenheit hatten]'],
    pass: ['Wir haben Zeit bis Freitag.'],
  },
  {
    id: 'de.chaser.schon-entschieden',
    signal: 'chaser',
    pattern:
      /(?:haben|hast|habt) (?:Sie|du|ihr) (?:sich |dir |euch )?(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ ){0,6}?(?:eine Entscheidung getroffen|entschieden|Gedanken gemacht|gesprochen|besprochen|abgestimmt|geklärt|Rückmeldung \w+)/,
    message: 'Die Frage nach der Entscheidung, ohne neuen Anlass, wird als Drängen empfunden.',
    flag: [
      '[Haben Sie sich inzwischen entschieden], ob wir starten?',
      '[hast du schon mit deinem Chef gesprochen]?',
    ],
    pass: ['Sie haben sich für Variante B entschieden – danke!'],
  },
  {
    id: 'de.chaser.erinnern',
    signal: 'chaser',
    pattern:
      /(?:möchte|wollte|darf) (?:ich )?(?:Sie|dich|euch) (?:\w+ ){0,3}?an (?:unser|mein|das|die|den)\w* (?:\w+ ){0,2}?(?:Angebot|Offerte|Gespräch|Nachricht|Mail|E-Mail|Anfrage|Vorschlag)\w* (?:\S+ ){0,6}?erinnern|Erinnerung an (?:unser|mein|das|die)\w* (?:\w+ )?(?:Angebot|Offerte|Kostenvoranschlag|Vorschlag|Konzept)|(?:noch einmal|nochmals|nochmal|erneut) ins Gedächtnis (?:rufen|bringen)|an mein Angebot (?:für \w+ \w+ )?erinnern|zur Erinnerung: (?:unser|mein)\w* (?:\S+ ){0,2}?\S*(?:Angebot|Offerte|Kostenvoranschlag)/,
    message: 'Eine Erinnerung an das eigene Angebot ist kein Grund für den Empfänger, jetzt zu entscheiden.',
    flag: [
      'ich [möchte Sie nochmals an unser Angebot vom 3.11. erinnern].',
      '[darf ich Sie an unser Gespräch erinnern]?',
      'unser Angebot [noch einmal ins Gedächtnis rufen]',
      'nur [zur Erinnerung: Unser Pauschalangebot] für die Buchhaltung',
    ],
    pass: ['Ich erinnere mich gern an das Gespräch.'],
  },
  {
    id: 'de.chaser.zurueckkommen',
    signal: 'chaser',
    pattern:
      /(?:komme|komm|kommen|möchte|wollte|erlaube mir,?) (?:ich )?(?:\w+ ){0,3}?auf (?:unser|mein|Ihr|euer|dein|das|die)\w* (?:\w+ ){0,5}?zurück(?:kommen|zukommen)?/,
    message: '„Ich komme auf mein Angebot zurück“ kündigt nur an, dass Sie warten.',
    flag: [
      'ich [komme noch einmal auf unser Angebot zurück]',
      'ich [komm noch mal auf unser Firmenfitness-Angebot für euer Team zurück]',
      'ich [wollte noch einmal auf mein Angebot für das Coaching zurückkommen]',
    ],
    pass: ['Wir kommen am Montag aus dem Urlaub zurück.'],
  },
  {
    id: 'de.chaser.untergegangen',
    signal: 'chaser',
    pattern:
      /(?:falls|für den Fall, dass|damit) (?:\w+ ){0,4}?(?:untergegangen|untergeht|verloren gegangen|übersehen|durchgerutscht)(?: ist| sein sollte)?|im Spam(?:ordner|-Ordner)? gelandet|(?:wollte|möchte) (?:nur )?sichergehen/,
    message: '„Falls das untergegangen ist“ unterstellt ein Versehen, wo meist eine stille Absage steht.',
    flag: [
      '[falls das untergegangen ist] – unten mein Angebot.',
      'dass meine Mail nicht [im Spamordner gelandet] ist',
    ],
    pass: ['Die Sonne ist untergegangen.'],
  },
  {
    id: 'de.chaser.angeschaut',
    signal: 'chaser',
    pattern:
      /(?:haben|hatten|hast|hattest|habt|hattet|konnten|konntest|konntet) (?:Sie|du|ihr) (?:sich |dir |euch )?(?:\S+ ){0,7}?(?:angeschaut|angesehen|durchgesehen|durchgelesen|reingeschaut|reingesehen|drübergeschaut|drüber geschaut)(?=[\s.,;!?–-]|$)/,
    message: '„Haben Sie sich das angesehen?“ verlangt eine Rechtfertigung statt einer Entscheidung.',
    flag: [
      '[Haben Sie sich die Unterlagen schon angesehen]?',
      'na, [hast du dir den Entwurf mal angeschaut]?',
      '[Konnten Sie inzwischen drübergeschaut]',
    ],
    pass: [
      'Ich habe mir Ihre Pläne angesehen und schlage Folgendes vor.',
      'Wir haben uns die Halle angeschaut.',
    ],
  },
  {
    id: 'de.chaser.entschuldigung',
    signal: 'chaser',
    pattern:
      /(?:sorry|entschuldige|entschuldigen Sie|entschuldigt|verzeih|verzeihen Sie),? (?:fürs|für das|dass ich) (?:\w+ ){0,3}?(?:Nerven|nerve|Stören|störe|Drängeln|dränge|Nachhaken|schon wieder|nochmal|noch mal|noch einmal)/,
    message: 'Die Entschuldigung macht die Nachfrage nicht nützlicher – ein Anlass schon.',
    flag: ['[Sorry fürs Nerven], aber …', '[Entschuldigen Sie, dass ich Sie schon wieder] anschreibe.'],
    pass: ['Entschuldigen Sie die späte Antwort: Hier sind die Zahlen.'],
  },
  {
    id: 'de.chaser.stupser',
    signal: 'chaser',
    pattern:
      /(?:kurzer |kleiner |freundlicher )?Stupser|(?:nochmal |noch mal |nochmals )?(?:nach )?oben (?:drauf|schieben|holen)|(?:hänge|häng) (?:mich|das|es) (?:hier |da )?(?:\w+ ){0,2}?(?:dran|an (?:meine|unsere) (?:letzte )?(?:Mail|E-Mail|Nachricht))(?=[\s.,;!?–-]|$)|(?:bringe|bring|hole|hol|schiebe|schieb) (?:das|es|die (?:Mail|E-Mail|Nachricht|Anfrage)|meine (?:Mail|E-Mail|Nachricht|Anfrage)|(?:unser|mein) Angebot|das Thema) (?:mal |nochmal |noch mal |wieder |einfach |kurz |hier ){0,3}(?:nach oben|hoch)(?=[\s.,;!?–-]|$)/,
    message: 'Ein „Stupser“ ohne Inhalt erhöht den Druck, nicht die Klarheit.',
    flag: [
      '[Kurzer Stupser] 🙂',
      'FYI [nochmal oben drauf].',
      'ich [hänge mich hier noch einmal dran], falls …',
      'Ich [hole die Mail mal wieder hoch].',
    ],
    pass: ['Die Kiste steht oben im Regal.', 'Ich hänge Ihnen die Pläne an.', 'Hol das Paket bitte hoch.'],
  },
  {
    id: 'de.chaser.bare-question',
    signal: 'chaser',
    pattern: /^[\s>]*(?:und|na|so|hallo|\?)[\s?!.]*\?[\s?!.]*$/,
    message: 'Eine nackte Nachfrage („Und?“) ist reiner Druck.',
    flag: ['[Und??]'],
    pass: ['Und wie vereinbart rufe ich Sie am Freitag an.'],
  },
  {
    id: 'de.chaser.noch-interesse',
    signal: 'chaser',
    pattern:
      /(?:ob|ist|sind) (?:unser|mein|das)\w* (?:\w+ )?(?:Angebot|Offerte|Thema)\w* (?:für (?:Sie|dich|euch) |bei (?:Ihnen|dir|euch) )?(?:überhaupt )?(?:noch|überhaupt) (?:von Interesse|interessant|aktuell|relevant)|(?:ob|ist|sind) (?:unser|mein|das)\w* (?:\S+ ){0,5}?(?:so )?noch (?:für (?:Sie|dich|euch) )?(?:passt|in Frage kommt)|(?:Haben|Hast) (?:Sie|du) (?:mein|unser)\w* (?:\w+ )?(?:Angebot|Mail|E-Mail|Nachricht|Offerte) (?:\w+ )?erhalten|(?:haben|hast) (?:Sie|du) (?:es|das|sie|ihn) (?:\w+ )?(?:erhalten|bekommen)/,
    message: '„Ist das noch von Interesse?“ fragt nach, ohne etwas anzubieten.',
    flag: [
      'mitteilen könnten, [ob unser Angebot für Sie noch von Interesse] ist',
      'bzw. [ob das Thema bei Ihnen überhaupt noch aktuell] ist',
      'fragen, [ob unser Angebot für Ihre neue Küche so noch für Sie passt]',
      '[Haben Sie mein Angebot erhalten]?',
    ],
    pass: ['Das Thema ist für viele Kunden interessant.'],
  },
  {
    id: 'de.chaser.keine-antwort',
    signal: 'chaser',
    pattern:
      /(?:habe|hab) (?:ich )?(?:\w+ ){0,5}?(?:noch )?(?:keine|nie eine) (?:Antwort|Rückmeldung|Reaktion) (?:erhalten|bekommen)|(?:leider )?(?:noch )?(?:nichts|nix) (?:mehr )?von (?:Ihnen|dir|euch) gehört/,
    message: 'Auf das Schweigen hinzuweisen erzeugt Rechtfertigungsdruck statt einer Entscheidung.',
    flag: ['leider [habe ich auf meine bisherigen E-Mails noch keine Antwort erhalten].'],
    pass: ['Wir haben Ihre Antwort erhalten, danke.'],
  },
  {
    id: 'de.chaser.stand',
    signal: 'chaser',
    pattern:
      /wie (?:ist|sieht es mit) (?:denn )?(?:der|dem) (?:aktuelle[nm]? )?Stand|wie (?:Sie|du) (?:\w+ )?(?:weiter )?vorgehen (?:möchten|möchtest|wollen|willst)|wie sieht es (?:bei Ihnen |bei dir |denn )?aus\?|was macht (?:unser|mein|das)\w* (?:Angebot|Projekt|Thema)/,
    message: '„Wie ist der Stand?“ fragt nach dem Stand, statt einen nächsten Schritt vorzuschlagen.',
    flag: ['[Wie ist der Stand] bei Ihnen?'],
    pass: ['Der Stand auf der Messe ist 96 m² groß.'],
  },
  {
    id: 'de.chaser.weiterverfolgen',
    signal: 'chaser',
    pattern:
      /(?:ob ich (?:das|es|dies) (?:weiterverfolgen|weiter verfolgen) soll|soll ich (?:\w+ ){0,5}?(?:weiterverfolgen|weiter verfolgen|schließen|abschließen|ad acta legen))/,
    message: 'Die Frage, ob Sie weitermachen sollen, gibt die Entscheidung an den Empfänger ab.',
    flag: [
      'Sagen Sie mir einfach, [ob ich das weiterverfolgen soll].',
      '[Soll ich das Thema bei mir schließen], oder später?',
    ],
    pass: ['Ich schließe den Vorgang.'],
  },
  {
    id: 'de.chaser.bekraeftigen',
    signal: 'chaser',
    pattern:
      /(?:möchte|wollte|darf) (?:ich )?(?:Ihnen |dir |euch )?(?:\w+ ){0,2}?(?:betonen|bekräftigen|unterstreichen|wiederholen|bestätigen),? dass (?:unser|mein|das|der|die)|(?:unser|mein|der|das) (?:\w+ )?(?:Preis|Angebot|Konditionen|Offerte) (?:steht|stehen|gilt|gelten) (?:nach wie vor|unverändert)/,
    message:
      'Das Angebot zu wiederholen gibt dem Empfänger nichts Neues, also keinen Grund, jetzt zu entscheiden.',
    flag: [
      'ich [möchte noch einmal betonen, dass unser] Angebot alles enthält.',
      '[Der Preis steht nach wie vor].',
    ],
    pass: ['Ich möchte betonen, wie sehr mir das Gespräch gefallen hat.'],
  },
  {
    id: 'de.chaser.kurze-nachfrage',
    signal: 'chaser',
    pattern:
      /(?:kurze|kleine|freundliche) Nachfrage|(?:Tendenz|Stand der Dinge)|(?:wollte|möchte|darf) (?:ich )?(?:mich )?(?:\w+ ){0,3}?(?:erkundigen|nachhören|hören),? (?:ob|wie)|(?:sind|seid|bist) (?:Sie|ihr|du) (?:schon|bereits|inzwischen) (?:dazu )?gekommen|(?:Sie|ihr|du) (?:schon|bereits|inzwischen) (?:mal )?dazu gekommen (?:sind|seid|bist)|(?:schon|bereits|inzwischen) (?:prüfen|ansehen|anschauen|durchsehen|besprechen) (?:können|konnten)|ob sich (?:schon |bereits |inzwischen )?(?:etwas|was) (?:ergeben|getan|bewegt) hat|in Erinnerung (?:rufen|bringen)|(?:haben|hast) (?:Sie|du) (?:meine|unsere) (?:\w+ )?(?:Mail|E-Mail|Nachricht) (?:gesehen|bekommen|gelesen)/,
    message: 'Eine Nachfrage ohne neuen Anlass: Sie erinnert nur daran, dass Sie warten.',
    flag: [
      '[Kurze Nachfrage]: wie sieht es aus?',
      'Gibt es hierzu schon eine [Tendenz]?',
      '[Sind Sie schon dazu gekommen], das zu lesen?',
      'Darf ich fragen, ob [Sie schon dazu gekommen sind], die Offerte anzuschauen?',
    ],
    pass: ['Ich schicke Ihnen die Unterlagen bis Freitag.'],
  },
  {
    id: 'de.chaser.gespannt',
    signal: 'chaser',
    pattern:
      /(?:bin|sind) (?:\w+ )?gespannt,? (?:was|wie|ob) (?:Sie|ihr|du)|(?:hoffe|hoffen),? (?:es|das|alles) (?:geht|läuft|kommt) (?:gut )?voran|(?:dürfen|können|darf|kann) (?:wir|ich) (?:schon |bald |bereits |noch )?mit (?:einer|Ihrer|eurer|deiner) (?:\w+ )?(?:Rückmeldung|Antwort|Entscheidung) rechnen/,
    message: 'Sagt nur, dass Sie warten – nicht, was der Empfänger jetzt tun soll.',
    flag: [
      'Ich [bin gespannt, was Sie] zum Entwurf sagen.',
      'ich [hoffe, es geht voran] mit dem Projekt',
      '[Dürfen wir bald mit einer Rückmeldung rechnen]?',
    ],
    pass: ['Wir sind gespannt auf die Messe.', 'Ich hoffe, es geht Ihnen gut.'],
  },
  {
    id: 'de.chaser.wie-laeufts',
    signal: 'chaser',
    pattern:
      /wie (?:läuft|läufts|läuft's|steht|stehts|steht's|sieht's|siehts) (?:es )?(?:mit|bei)|(?:schon|bereits|inzwischen) (?:\w+ ){0,3}?(?:weitergekommen|vorangekommen|weiter gekommen)|(?:schon|inzwischen) (?:was |etwas )?entschieden|(?:wollte|möchte) (?:\w+ )?(?:fragen|wissen),? ob (?:Sie|du|ihr) (?:schon|bereits|inzwischen)|(?:nochmal|noch einmal|nochmals|wieder) (?:\S+ ){0,3}?(?:auf (?:Ihren|deinen|den) Tisch|ins Gespräch|nach oben) (?:bringen|holen)|wie (?:Sie|du|ihr) (?:dazu|darüber) (?:stehen|stehst|steht|denken|denkst)|(?:wissen|hören|erfahren),? wo (?:Sie|du|ihr) (?:\w+ ){0,3}?(?:stehen|stehst|steht)(?=[\s.,;!?–-]|$)/,
    message: 'Eine Nachfrage ohne neuen Anlass: Sie erinnert nur daran, dass Sie warten.',
    flag: [
      "[Wie läuft's mit] dem Testzugang?",
      '[Schon was entschieden] wegen der Übersetzung?',
      'Ich wollte das Thema [nochmal auf Ihren Tisch bringen].',
      'Ich würde gern [hören, wo Sie da gerade stehen].',
    ],
    pass: ['Der Testzugang läuft bis Freitag.'],
  },
];
