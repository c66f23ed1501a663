// English chaser phrases: re-contacting about an open matter without bringing anything new.
import type { RuleSpec } from '../types';

export const chaser: RuleSpec[] = [
  {
    id: 'en.chaser.checking-in',
    signal: 'chaser',
    pattern:
      /(?:just |quickly |briefly )?(?:checking|check) in|(?:just |quick |quickly )?(?:touching|touch) base|(?:just )?(?:circling|circle) back|(?:just )?(?:bumping|bump) (?:this|my|it)\w*(?: up| to the top)?(?: of your inbox)?|(?:just )?(?:resurfacing|floating|surfacing) (?:this|my|the)\w*/,
    message: '"Just checking in" reminds them you are waiting, but gives no reason to reply now.',
    flag: [
      '[Just checking in] on the quote.',
      "I'm [circling back] on our proposal.",
      '[Bumping this to the top of your inbox].',
    ],
    pass: ['Check-in at the hotel is at 3pm.'],
  },
  {
    id: 'en.chaser.following-up',
    signal: 'chaser',
    pattern:
      /(?:follow|following|followup|follow-up) (?:up )?(?:once more |again |one more time )?(?:on|about|regarding|re|with you on) (?:my|our|the|this)\w*(?: (?:last|previous|earlier))?(?: (?:email|note|message|proposal|quote|offer))?|following up(?:[.!,]|$)|wanted to follow up|as discussed,? i wanted to follow up/,
    message: '"Following up on my last email" says you are waiting, not why an answer helps now.',
    flag: [
      "I'm [following up on my last email] about the quote",
      '[Following up once more on our proposal] – any thoughts?',
    ],
    pass: ['Can you follow up with Acme on Tuesday?', 'A follow-up framework for your team'],
  },
  {
    id: 'en.chaser.any-news',
    signal: 'chaser',
    pattern:
      /any (?:news|update|updates|thoughts|feedback|word|decision)(?: yet)?(?: on| about|\?)|which way you(?:'re| are) leaning|(?:do you )?have (?:an|any) update|where (?:did we|do we|do things|did you|have you|are you|do you) (?:land|landed|stand|come down)|where you landed|^\s*(?:thoughts|ping|any news|so)\s*\?*\s*[!🙂.]*\s*$|ping(?= |$|[!.🙂])/u,
    message: '"Any news?" hands the work back to them without giving them anything.',
    flag: [
      '[Any news on] the proposal?',
      '[Where did we land] on this?',
      '[Where did you land] on the redesign?',
    ],
    pass: ['News: our new press went live this week.'],
  },
  {
    id: 'en.chaser.had-a-chance',
    signal: 'chaser',
    pattern:
      /(?:did|have|had) you (?:had |get |got |gotten )?(?:a )?(?:chance|time|opportunity|a moment) to (?:look|review|think|read|check|go|consider)\w*|(?:get|got|gotten|had|have|find|found) (?:a |the )?(?:chance|time|moment|opportunity) to (?:look|review|think|read|check|go over|consider|talk|discuss|chat|digest|run)|(?:did you|have you) (?:receive|get|see)\w* (?:my|our)\w* (?:\w+ )?(?:email|message|proposal|quote|note)/,
    message: '"Did you get a chance to look?" reminds without giving a reason to decide.',
    flag: ['[Have you had a chance to review] our offer?', '[Did you get a chance to think] about it?'],
    pass: ['You will have a chance to ask questions at the demo.'],
  },
  {
    id: 'en.chaser.slipped',
    signal: 'chaser',
    pattern:
      /in case (?:it|this|my \w+) (?:got buried|slipped|fell|was missed|got lost|landed)\w*(?: through the cracks| in spam)?|(?:make sure|making sure) (?:this|it|my \w+) (?:didn't|did not|doesn't|does not|hasn't|has not|won't) (?:land|end up|get lost|get buried|got buried|slip|fall)\w*(?: in spam| through the cracks)?|(?:didn't|did not) (?:land|end up) in (?:your )?spam/,
    message: '"In case it got buried" assumes an accident where there is often a quiet no.',
    flag: [
      '[In case this slipped through the cracks] – the proposal is below.',
      "Wanted to [make sure this didn't get buried].",
    ],
    pass: ['The parcel landed in Oslo on Tuesday.'],
  },
  {
    id: 'en.chaser.still-priority',
    signal: 'chaser',
    pattern:
      /(?:is this|is it) still (?:a priority|on your radar|relevant|of interest)|(?:still|remain) interested|make it onto your list|do you still own this/,
    message: '"Is this still a priority?" asks for a justification, not a decision.',
    flag: ['[Is this still a priority] for Q1?'],
    pass: ['Security is still a priority for every clinic.'],
  },
  {
    id: 'en.chaser.no-reply',
    signal: 'chaser',
    pattern:
      /(?:haven't|have not|hadn't) (?:heard back|heard from you|had a (?:reply|response)|(?:seen|had|received|gotten|got) anything (?:back|come through|from you))|without a (?:single )?(?:reply|response)|(?:emailed|written to|contacted) you (?:\w+ )?(?:three|four|several|multiple|a few) times/,
    message: 'Pointing at the silence creates pressure to justify, not a decision.',
    flag: [
      "I [haven't heard back] on the quote.",
      "[Haven't seen anything come through] on the stand quote.",
    ],
    pass: ['We heard back from the council today.'],
  },
  {
    id: 'en.chaser.let-me-know',
    signal: 'chaser',
    pattern:
      /(?:let me know )?how you'd like to proceed|let me know (?:what you think|if you have any questions|your thoughts|if you need anything else)|would love to hear your thoughts|happy to answer any questions|i'd love to hear (?:your thoughts|back)|(?:whenever|when) you come up for air/,
    message: 'A generic "let me know" adds nothing the recipient can act on.',
    flag: ['[Let me know what you think]!'],
    pass: ['Let me know by Friday which slot works.'],
  },
  {
    id: 'en.chaser.nudge',
    signal: 'chaser',
    pattern:
      /(?:gentle|friendly|quick|little|polite) (?:nudge|ping|poke)|(?:nudging|pinging|poking) you|(?:back on|onto|on) your radar|top of your inbox|fall through the cracks|any (?:movement|progress|decision) on|(?:wanted to|just) (?:see|check|hear) (?:if|whether|where|how) (?:you|things|this|we)|(?:reaching|reach) out (?:again|once more)|not sure (?:if|whether) you (?:saw|got|received)|did (?:you see|this (?:ever )?make it)|did (?:the|this|my|our) (?:\S+ ){0,3}?(?:make it|get)(?: over)? to|are you still (?:interested|considering|looking|keen|up for)|(?:is|are) (?:this|it|these|the \w+) still alive|keep (?:this|it|things) warm|(?:numbers|figures|terms|dates|quote|proposal|price) still (?:work|works|make sense|look good)|(?:pop|popping|swing|swinging|loop|looping) back in|see where (?:things|this|we|you) (?:have )?(?:landed|stand|are|ended up)|where you(?:'re| are) at(?=[\s.,;!?–-]|$)|(?:hoping|hope) to hear (?:back|from you)|i know you(?:'re| are) busy/,
    message: 'A nudge without a reason only says that you are waiting.',
    flag: [
      'Just a [gentle nudge] on the proposal.',
      'Wanted to put this [back on your radar].',
      '[Did this ever make it] to your CFO?',
      'Wanted to [pop back in] on the website refresh.',
      "I'd love to [see where things stand] with the pilot.",
      '[Is this still alive] on your end?',
      'Just wanted to [keep this warm] over the break.',
    ],
    pass: ['The proposal is on the agenda for Friday.'],
  },
  {
    id: 'en.chaser.restate',
    signal: 'chaser',
    pattern:
      /(?:wanted|want|like) to (?:reiterate|restate|reconfirm)|(?:just )?(?:reiterating|restating)|(?:that |the |our )?(?:pricing|price|rate|quote) (?:still stands|still holds|remains (?:the same|unchanged|valid))/,
    message: 'Restating the offer repeats what they already have; it gives no new reason to decide.',
    flag: [
      'I [wanted to reiterate] that our proposal comes in at $4,850 per month.',
      '[That pricing still stands].',
    ],
    pass: ['The new pricing applies from January.'],
  },
  {
    id: 'en.chaser.status',
    signal: 'chaser',
    pattern:
      /kindly (?:update|revert|let us know|confirm|share) (?:us )?(?:\S+ ){0,3}?(?:status|feedback|update)|(?:awaiting|await) your (?:\w+ )?(?:reply|response|feedback|revert|confirmation)|please revert|(?:just )?(?:curious|wondering) (?:whether|if) you|(?:assume|take it) (?:that )?(?:silence means )?(?:you're|you are) still (?:thinking|considering|mulling|weighing|reviewing|deciding)/,
    message: 'A status request without a reason only says that you are waiting.',
    flag: [
      '[Kindly update us the status] of the same.',
      '[Awaiting your positive reply].',
      "I'll [assume silence means you're still thinking] it over.",
    ],
    pass: ['We are awaiting the delivery on Monday.'],
  },
];
