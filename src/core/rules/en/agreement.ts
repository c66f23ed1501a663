// English references to a concrete prior agreement ("as agreed", "you asked me to check back").
import type { RuleSpec } from '../types';

export const agreement: RuleSpec[] = [
  {
    id: 'en.agreement.as-agreed',
    signal: 'agreement',
    pattern:
      /as (?:we )?(?:\S+ ){0,4}?(?:agreed|arranged|planned|scheduled|you suggested|we said)|as we (?:said|discussed on|discussed at|discussed in)|(?:we|you and I) agreed|per our (?:call|conversation|meeting|discussion)|(?:following|further to) our (?:call|meeting|conversation) (?:on|last|this|yesterday)\w*/,
    flag: ["[As agreed] on Tuesday, I'm calling", '[Per our call] on Monday, here is the letter'],
    pass: ['As discussed, I wanted to follow up.', 'The Service Agreement is attached.'],
  },
  {
    id: 'en.agreement.you-asked',
    signal: 'agreement',
    pattern:
      /you (?:asked|told|invited|wanted) me to (?:\w+ ){0,2}?(?:check|circle|come|get|reach|follow|revisit|call|ring|phone|send|be|touch)\w*(?: back| in| up| base)?|as you (?:asked|suggested|requested|said)[^.!?\n]{0,60}?(?:now that|once|after)|you asked (?:me|us) for|asked me to (?:reach|get|check|circle|come|follow|call|touch|ping)|we(?:'d| would) decide (?:together|then|afterwards)|you mentioned (?:we|I) should|you (?:asked|requested) (?:for|when we)|(?:as )?you asked when we spoke|(?:you said|you mentioned) you(?:'d| would) (?:\S+ ){0,12}?(?:first|by|decide|confirm)|(?:you said|you mentioned|you told me) (?:that )?(?:the|your) (?:\S+ ){0,4}?(?:would|will) (?:be|review|decide|meet)/,
    flag: [
      '[You asked me to check back] after the holidays.',
      'When we spoke [you asked me to ring back] once',
      "[As you asked, I'm coming back to you now that] the stocktake is behind you.",
    ],
    pass: ['You asked a great question in the demo.'],
  },
  {
    id: 'en.agreement-delivery.as-promised',
    signal: 'agreement-delivery',
    pattern:
      /as (?:\S+ ){0,3}?(?:promised|requested|you asked|you requested)|(?:here's|here is|here are) (?:\S+ ){0,4}?you (?:asked|requested) for/,
    flag: ['[As promised], here are the references.'],
    pass: ['I sent you the quote last week.'],
  },
  {
    id: 'en.agreement-soft.as-discussed',
    signal: 'agreement-soft',
    pattern: /as (?:we )?discussed|as mentioned|like we talked about/,
    flag: ["[As discussed], I'll call you on Friday at 9."],
    pass: ['We discussed pricing.'],
  },
  {
    id: 'en.thread-agreement.get-back',
    signal: 'thread-agreement',
    pattern:
      /(?:get|come|circle|check|reach) back (?:to me |to us |in touch )?(?:after|once|in|on|next|early|late|around)|follow up (?:with me )?(?:after|once|in|next|on)|let's (?:talk|speak|reconnect|revisit|regroup) (?:\w+ ){0,3}?(?:after|once|in|on|next)|(?:we'll|i'll|we will|i will) (?:decide|let you know|get back to you|have a decision) (?:\w+ ){0,3}?(?:by|after|once|on|next)|(?:ping|call) me (?:\w+ ){0,2}?(?:after|once|in|next|on)/,
    flag: ['Please [get back to me after] the board meets.'],
    pass: ['Thanks, I will read it.'],
  },
  {
    id: 'en.agreement.we-said',
    signal: 'agreement',
    pattern:
      /we (?:said|decided|set|scheduled|pencilled in|penciled in) (?:we'd|we would|that|i'd|i would|a|to)|as per (?:our|your) (?:call|conversation|meeting|request|email)|as you(?:'d| had)? (?:suggested|proposed)|you (?:suggested|told me|wanted me to) (?:i |that i )?(?:\S+ ){0,3}?(?:check|circle|come|get|reach|follow|call|touch|send)/,
    flag: ["On Monday [we said we'd] talk again after your board meeting."],
    pass: ['We said thank you to the team.'],
  },
  {
    id: 'en.agreement.our-agreement',
    signal: 'agreement',
    pattern:
      /(?:following|per|as per|under|according to) our agreement|as (?:we )?discussed (?:with you )?(?:over (?:the )?phone|on the phone|at|on|in|during|when|last|yesterday|earlier)|like we (?:talked|discussed|said|agreed) (?:about )?(?:at|on|in|during|over|when|last|yesterday)|per our (?:\w+ )?(?:chat|talk|call|review|meeting|visit|discussion)|(?:you|your (?:note|email|message)) (?:said|told me|asked me|suggested) (?:me )?to (?:\w+ ){0,2}?(?:check|circle|come|get|reach|follow|revisit|call|ring|touch|ping|send|give you a (?:ring|call|bell|shout|buzz))/,
    flag: [
      "[Following our agreement] on the 18th, we're holding the room.",
      '[Your note said to reach] out once the partners met.',
      '[You said to give you a ring] once the board had met.',
      "[Like we said over] coffee, I'm pinging you now that the launch is behind you.",
    ],
    pass: ['The agreement is attached for signature.'],
  },
];
