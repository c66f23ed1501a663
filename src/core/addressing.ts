// Who the mail is to and in which register, so suggestions greet the same person the same way the
// rep did ("Hi Sam" stays "Hi Sam", "Sehr geehrte Frau Dr. Brandes" stays formal, du stays du).
import type { Language, Person } from './types';

export interface Addressing {
  /** The rep's own greeting line, reused verbatim ("Hallo Frau Maier,"). */
  greeting: string;
  /** German: du/ihr instead of Sie. English: first-name tone instead of "Dear Ms. …". */
  informal: boolean;
  /** The rep's sign-off block (from "Viele Grüße" to the end of the new text), reused verbatim. */
  signoff: string;
  /** Where the body starts and the sign-off begins in the new text (for inserting a sentence). */
  bodyStart: number;
  bodyEnd: number;
}

const GREETING =
  /^[ \t]*(?:hallo|hi|hey|hello|dear|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus|grüß gott|grüezi|good (?:morning|afternoon)|morning)\b[^\n]{0,80}$/im;
/** A greeting that is just the name: "Greg," / "Dr. Patel,". */
const BARE_NAME =
  /^[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-ZÄÖÜ][a-zäöüß'-]+(?: [A-ZÄÖÜ][a-zäöüß'-]+)?,[ \t]*$/m;
const SIGNOFF =
  /^[ \t]*(?:mit freundlichen grüßen|mit besten grüßen|freundliche grüß?ss?e|viele grüße|beste grüße|herzliche grüße|liebe grüße|schöne grüße|sonnige grüße|grüße|gruß|lg|vg|best regards|kind regards|warm regards|regards|best wishes|all the best|best|cheers|thanks|thank you|many thanks|talk soon|speak soon|sincerely|yours sincerely|bis (?:dann|morgen|bald))[^\n]{0,40}$/im;

export function readAddressing(text: string, lang: Language, to: Person[] | undefined): Addressing {
  const firstLine = GREETING.exec(text.slice(0, 200)) ?? BARE_NAME.exec(text.slice(0, 80));
  const bodyStart = firstLine ? firstLine.index + firstLine[0].length : 0;
  let bodyEnd = text.length;
  let signoff = '';
  const tail = text.slice(bodyStart);
  const sign = lastMatch(SIGNOFF, tail);
  if (sign >= 0) {
    bodyEnd = bodyStart + sign;
    signoff = text.slice(bodyEnd).trim();
  }
  const greeting = firstLine ? firstLine[0].trim() : defaultGreeting(lang, to);
  return { greeting, informal: isInformal(text, lang, greeting), signoff, bodyStart, bodyEnd };
}

function lastMatch(re: RegExp, text: string): number {
  const global = new RegExp(re.source, 'gim');
  let last = -1;
  let m = global.exec(text);
  while (m !== null) {
    last = m.index;
    global.lastIndex = m.index + Math.max(1, m[0].length);
    m = global.exec(text);
  }
  return last;
}

function defaultGreeting(lang: Language, to: Person[] | undefined): string {
  const name = to?.[0]?.name?.trim();
  if (lang === 'de') return name ? `Guten Tag ${name},` : 'Guten Tag,';
  return name ? `Hi ${name.split(/\s+/)[0]},` : 'Hello,';
}

function isInformal(text: string, lang: Language, greeting: string): boolean {
  if (lang === 'en') return !/\b(?:dear|mr|mrs|ms|dr)\.?\b/i.test(greeting);
  const du = (text.match(/\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b/gi) ?? []).length;
  const sie = (text.match(/(?:[^.!?\n]\s)(?:Sie|Ihnen|Ihr|Ihre\w*)\b/g) ?? []).length;
  if (du !== sie) return du > sie;
  return (
    /^(?:hallo|hi|hey|liebe[rs]?|moin|servus)\s+[A-ZÄÖÜ][a-zäöüß]+,?$/i.test(greeting) &&
    !/(?:Frau|Herr|Dr\.)/.test(greeting)
  );
}
