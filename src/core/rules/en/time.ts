// English time expressions and the cue words that say whether a time is a next step or the past.
import type { RuleSpec } from '../types';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri)';

export const time: RuleSpec[] = [
  {
    id: 'en.time.date',
    signal: 'time',
    pattern: new RegExp(
      `(?:${WEEKDAY},? )?(?:(?:the )?[0-3]?[0-9](?:st|nd|rd|th)?(?: of)? ${MONTH}\\.?(?: [0-9]{4})?|${MONTH}\\.? [0-3]?[0-9](?:st|nd|rd|th)?(?:,? [0-9]{4})?|the [0-3]?[0-9](?:st|nd|rd|th))|[01]?[0-9]/[0-3]?[0-9](?:/[0-9]{2,4})?`,
    ),
    flag: ['on [Thursday, December 3] at 10', 'by [11 December]', 'on [Tuesday the 8th]'],
    pass: ['Version 2 is ready.'],
  },
  {
    id: 'en.time.weekday',
    signal: 'time',
    pattern: new RegExp(
      `(?:(?:on|by|until|next|this|this coming) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|noon))?|(?:tomorrow|tonight)(?: (?:morning|afternoon))?|end of (?:the |next |this )?(?:day|week|month)|(?:week of|by) ${MONTH}|(?:next|this|the coming) week`,
    ),
    flag: ["I'll call you [on Friday].", 'Could we talk [tomorrow morning]?'],
    pass: ['We deliver on weekdays.'],
  },
  {
    id: 'en.time.clock',
    signal: 'time',
    pattern:
      /(?:at )?[0-2]?[0-9](?:[:.][0-5][0-9])? ?(?:am|pm|a\.m\.|p\.m\.)|(?:at )?[0-2]?[0-9]:[0-5][0-9]|at noon|midday/,
    flag: ['Thursday [at 10:00 AM]', 'Tuesday [at 3pm]'],
    pass: ['We have 24 staff.'],
  },
  {
    id: 'en.vague-time.soon',
    signal: 'vague-time',
    pattern:
      /soon|shortly|in the coming (?:days|weeks)|(?:in )?the next few (?:days|weeks)|when(?:ever)? (?:suits|you have time|you're ready|you get a chance)|at some point|down the (?:line|road)|any ?time/,
    flag: ["I'll give you a ring [in the coming days]."],
    pass: ['on Friday at 10'],
  },
  {
    id: 'en.past-marker.before',
    signal: 'past-marker',
    pattern:
      /since|last|from our|(?:on|at|during|in) our (?:\w+ )?(?:call|meeting|conversation|chat|demo|visit|tour|session)(?: on)?|when we (?:spoke|met|talked)(?: on| in)?|dated|sent (?:on|in)?|viewed|met on/,
    flag: ['nothing new [since] October'],
    pass: ["I'll call you on Friday."],
  },
  {
    id: 'en.past-verb.past',
    signal: 'past-verb',
    pattern:
      /agreed|arranged|discussed|spoke|talked|sent|emailed|met|visited|viewed|asked|mentioned|promised|wrapped|had|was|were|ago|delivered|did|went|got|signed off|approved/,
    flag: ['the quote I [sent] on 3 November'],
    pass: ["I'll call you on Friday."],
  },
  {
    id: 'en.future-cue.next-step',
    signal: 'future-cue',
    pattern:
      /i'll|i will|we'll|we will|i'm holding|holding|i've held|by|until|before|could we|can we|shall we|let's|does (?:\S+ ){0,6}?work|would (?:\S+ ){0,6}?work|works for you|suits? you|how about|free (?:on|at)|available (?:on|at)|call you|ring you|speak on|meet on|decide on|confirm by|(?:booked|scheduled|reserved|pencilled in) for|come by|drop by|swing by|see you|expires?|valid until|closes/,
    flag: ['[Could we] meet on Friday?'],
    pass: ['The parcel arrived.'],
  },
];
