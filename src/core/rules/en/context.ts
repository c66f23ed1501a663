// English contexts: the open matter, re-sent material, non-reminder mail, delegation to a colleague.
import type { RuleSpec } from '../types';

export const context: RuleSpec[] = [
  {
    id: 'en.open-matter.proposal',
    signal: 'open-matter',
    pattern:
      /(?:our|my|the|your) (?:\w+ ){0,3}?(?:proposal|quote|quotation|offer|estimate|fee proposal|sow)\w*|i (?:sent|emailed|shared) (?:you |over )?(?:\w+ ){0,4}?(?:proposal|quote|offer|note|email)/,
    flag: ['about [our proposal] for the audit'],
    pass: ['Thanks for your order.'],
  },
  {
    id: 'en.recontact.earlier',
    signal: 'recontact',
    pattern:
      /i sent (?:you |over )?(?:\S+ ){0,5}?(?:ago|last|in|on|earlier)|(?:that|which) i sent (?:you )?(?:in|on|last)|since (?:our|we|I|you) (?:\S+ ){0,2}?(?:tour|spoke|talked|met|sent|shared|were looking|last spoke|call|meeting|demo)|(?:when|since) we (?:talked|spoke|met) (?:about|in|on|last)|my (?:last|previous|earlier) (?:email|note|message)s?|quick update on|(?:quote|proposal|offer|estimate) i sent|(?:after|since|following) our (?:call|chat|meeting|conversation|demo|walkthrough|tour)|(?:asked about|mentioned|raised) (?:\S+ ){0,2}?(?:on|in|at|during) (?:the|our) (?:demo|call|meeting|walkthrough|tour|visit)|(?:while|as) you(?:'re| are)? (?:weighing|weigh|considering|consider|reviewing|review|evaluating|evaluate|mulling)(?: over| up)? (?:our|the|my)/,
    flag: [
      '[While you are reviewing our] quote, one more thing:',
      '[I sent you the quote two weeks ago].',
      '[Since our tour] in October, the owner approved it.',
    ],
    pass: ["I'll send you the quote tomorrow."],
  },
  {
    id: 'en.reattach.again',
    signal: 'reattach',
    pattern:
      /(?:re-?attached|re-?sending|resending|attached again|sending (?:it|this) again|once more for (?:easy )?reference)|for easy reference|as a (?:quick )?reminder,(?! (?:the |your |our )?\S+ (?:is|are) (?:booked|scheduled|set|confirmed))|(?:original|earlier|previous) (?:note|email|message) is below|(?:is|see) below\.?$|the proposal (?:\w+ ){0,4}?is below/,
    flag: ["I've [re-attached] our proposal.", '[As a reminder,] here is the proposal.'],
    pass: ['Attached is the revised quote.', 'As a reminder, kickoff is booked for Monday.'],
  },
  {
    id: 'en.not-reminder.invoice',
    signal: 'not-reminder',
    pattern:
      /invoice (?:#|no\.?|number|INV)|(?:payment|rent) (?:reminder|is overdue|due)|past due|overdue|(?:arrange|make) payment|already (?:been )?(?:paid|sent|made)|outstanding (?:balance|amount|rent)|remains outstanding/,
    flag: ['[Invoice #]4471 is now due.'],
    pass: ['Our proposal covers the software.'],
  },
  {
    id: 'en.not-reminder.confirmation',
    signal: 'not-reminder',
    pattern:
      /order confirmation|(?:thank you|thanks) for (?:your|the) (?:order|purchase|go-ahead|booking|business)|(?:thank you|thanks) (?:so much |very much )?for (?:signing|sending (?:back |over )?the signed|the signed)|welcome aboard|(?:glad|happy|thrilled|delighted) to have (?:\S+ ){1,3}?on board|thank you for (?:choosing|booking|hosting)|pleased to confirm|you're all set|(?:is|are) confirmed for|delivery notice|(?:is|are) scheduled for delivery|(?:has|have) been dispatched|will be delivered (?:on|between|by|tomorrow)|shipment [A-Z0-9-]+|please sign and return/,
    flag: [
      '[Thanks for the order]! Confirming what we have:',
      '[Thank you so much for signing]. Kickoff is Monday.',
      'your order [has been dispatched] and arrives Tuesday.',
      '[Thank you for sending back the signed] maintenance agreement.',
    ],
    pass: ['Thanks for your time this fall.'],
  },
  {
    id: 'en.not-reminder.appointment',
    signal: 'not-reminder',
    pattern:
      /(?:just )?a (?:friendly |quick )?reminder (?:about|of) your|reminder: your|reminder(?: that|,) (?:(?:our|your|the) )?(?:\S+ ){0,5}?(?:will be with you|will arrive|will visit|will be on site|is booked|is scheduled|is set)|(?:need|have) to (?:move|reschedule) our|rescheduling|to reschedule|out of (?:the )?office|while i'm away/,
    flag: [
      '[Just a friendly reminder about your] shoot on Thursday.',
      'Just a [reminder that our surveyor, Kate Lewis, will be with you] on Thursday at 9:00.',
      'As a [reminder, kickoff is booked] for Monday at 10.',
    ],
    pass: ['Just a reminder about our proposal.', 'A reminder that the proposal is still open.'],
  },
  {
    id: 'en.not-reminder.recap',
    signal: 'not-reminder',
    pattern:
      /(?:quick )?recap(?: of| from)|(?:the )?notes from|(?:meeting )?minutes (?:from|of)|follow-up items|next steps:|thank you for (?:your time|hosting)|thanks for (?:your time|a great)/,
    flag: ['As promised, here are [the notes from] Tuesday.'],
    pass: ['Here is the revised scope.'],
  },
  {
    id: 'en.not-reminder.answer',
    signal: 'not-reminder',
    pattern:
      /(?:^|\n)(?:yes|no|good questions?|great questions?|short answer|fantastic|sure) ?[,.:!–—-]|answers below|here are (?:the|my|our) answers|(?:thanks|thank you) for (?:your|the) questions?|(?:thanks|thank you) for the reminder|apologies for the delay|here's the quote you requested/,
    flag: [
      '[Thanks for the reminder], and apologies.',
      '[Thanks for your questions] – happy to follow up on both:',
      '[Great questions –] see below.',
      'Of course. [Here are the answers]:',
    ],
    pass: ['Any answers yet?'],
  },
  {
    id: 'en.not-reminder.info',
    signal: 'not-reminder',
    pattern:
      /i noticed|we want to let you know|as a \w+ customer|no action is required|nothing (?:further )?is needed from|heads-up before|i'm following up on something i've been hearing/,
    flag: ['[I noticed] you opened a second store.'],
    pass: ['I revised the offer.'],
  },
  {
    id: 'en.delegation.colleague',
    signal: 'delegation',
    pattern:
      /can you (?:please )?(?:follow up|chase|reach out|call) (?:with )?(?:\w+ ){0,3}?(?:on|about|re)|please don't just send|unless you'd rather (?:call|take)|let me know by \w+ if you want to take it|i'm planning to send them/,
    flag: ['[Can you follow up with Acme Dental on] the quote?'],
    pass: ["I'll follow up with you on Friday."],
  },
  {
    id: 'en.not-reminder.newsletter',
    signal: 'not-reminder',
    pattern:
      /unsubscribe|you're receiving this|hello (?:friends|everyone|all)|view (?:it )?in (?:your|a) browser/,
    flag: ['Click here to [unsubscribe].'],
    pass: ['Here is the revised quote.'],
  },
  {
    id: 'en.not-reminder.first-offer',
    signal: 'not-reminder',
    pattern:
      /(?:as requested|per your request|as discussed|thanks for (?:your|the) (?:enquiry|inquiry|request))[,:.]? (?:\S+ ){0,4}?(?:here's|here is|attached is|please find) (?:our|my|the|a) (?:quote|proposal|offer|estimate|quotation)|(?:as requested|per your request)[,:.]? (?:\S+ ){0,4}?(?:our|my|the|a) (?:quote|proposal|offer|estimate|quotation)/,
    flag: ["[As requested, here's our quote] for the kitchen."],
    pass: ['As agreed, here is the revised quote.'],
  },
  {
    id: 'en.open-matter.decision',
    signal: 'open-matter',
    pattern:
      /if you (?:decide to )?(?:go ahead|sign|choose us|move forward|confirm|give us the go-ahead)|your decision|(?:before|when|once) you decide|move ahead on the/,
    flag: ['[If you go ahead] with Crewline, we can waive the fee.'],
    pass: ['We went ahead with the launch.'],
  },
  {
    id: 'en.not-reminder.thanks-ooo',
    signal: 'not-reminder',
    pattern:
      /(?:awesome|great|perfect|fantastic|brilliant|wonderful|super)[,!]? (?:and )?thanks|got the (?:po|order|signed|contract|deposit)|thanks for the (?:po|order|deposit|signed)|out of (?:the )?office|limited access to (?:my )?email|automatic reply|auto-reply/,
    flag: ['[Awesome, thanks] Linda! Got the PO.'],
    pass: ['Thanks for your time this fall.'],
  },
  {
    id: 'en.not-reminder.after-meeting',
    signal: 'not-reminder',
    pattern:
      /(?:thanks|thank you) for (?:the|today's|yesterday's) (?:call|meeting|chat|demo|visit|session|walkthrough)|(?:attached are|here are) the (?:minutes|notes)|(?:minutes|notes) (?:are )?attached|(?:one|a|small|quick) correction (?:to|on)|correction:/,
    flag: [
      '[Thanks for the call] today. Attached are the minutes.',
      '[One correction to] my last email: the price is 40 EUR.',
    ],
    pass: ['Thanks for your patience.'],
  },
  {
    id: 'en.open-matter.revision',
    signal: 'open-matter',
    pattern:
      /(?:revised|updated|amended) (?:quote|proposal|offer|estimate|version|scope|pricing|calculation|boq|layout|menu|design|plan|plans|drawings|concept|package|draft)/,
    flag: ['here is the [revised quote] with the changes'],
    pass: ['The quote is attached.'],
  },
];
