// English pressure and guilt phrases.
import type { RuleSpec } from '../types';

export const pressure: RuleSpec[] = [
  {
    id: 'en.pressure.last-chance',
    signal: 'pressure',
    pattern:
      /last chance|final (?:notice|reminder|opportunity)|don't miss out|before it's too late|(?:offer|discount|price|rate)\w* (?:\w+ ){0,3}?expires?|can't hold (?:the|this) (?:price|rate)|gone for good|miss (?:this|the|out on this) (?:window|opportunity|chance|deal|slot)|(?:hate|don't want) for you to miss|(?:can't|cant|cannot) hold (?:it|this|the \w+)|need to know by|or (?:i'm|im|i am|we're|we are) (?:giving|releasing|passing|offering) (?:it|the \w+)/,
    message: '"Last chance" is pressure: it makes people dodge rather than decide.',
    flag: ['This is your [last chance] to lock in the rate.'],
    pass: ['At our last meeting we agreed on a pilot.'],
  },
  {
    id: 'en.pressure.guilt',
    signal: 'pressure',
    pattern:
      /(?:a bit |honestly |quite |very )?disappointed|the (?:courteous|least you|professional) (?:thing|could)|the courtesy of a (?:reply|response)|(?:strongly )?encourage you to (?:make a decision|decide)|i expect (?:a|your) (?:reply|response|answer)|put a lot of time into|after the time (?:i|we) (?:invested|put)/,
    message: 'Reproach and guilt damage the relationship and bring no decision.',
    flag: ["Honestly, I'm [a bit disappointed]."],
    pass: ['We were pleased with the results.'],
  },
  {
    id: 'en.pressure.urgency',
    signal: 'pressure',
    pattern:
      /this is urgent|urgent(?:ly)? (?:need|require|reply|response|decision)|asap|immediately|right away|otherwise (?:we|i) (?:will|'ll|must)|(?:running|run) out of time|only (?:a few|\w+) (?:spots|seats|slots) left|(?:most|many|half|all|several) of (?:the )?(?:\w+ ){0,4}?(?:have|has) already (?:signed|booked|locked|committed|confirmed|chosen)|(?:wouldn't|would not|don't|do not|shouldn't) leave it (?:much |too )?(?:longer|long)|i need (?:an|your) (?:answer|decision)|why (?:haven't|have you not) you (?:replied|answered|responded)|ignor(?:ed|ing) (?:my|our)/,
    message: 'Urgency and reproach make people defensive rather than decisive.',
    flag: [
      'Please reply [ASAP].',
      '[I need an answer] today.',
      '[most of the exhibitors in your hall have already locked] in their builders',
      "I [wouldn't leave it much longer].",
    ],
    pass: ['Here are the revised figures.'],
  },
];
