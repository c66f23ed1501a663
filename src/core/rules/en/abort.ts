// English clean aborts: the sender closes the matter, without guilt, and leaves the door open.
import type { RuleSpec } from '../types';

export const abort: RuleSpec[] = [
  {
    id: 'en.abort.close-the-file',
    signal: 'abort',
    pattern:
      /(?:close|closed|closing) (?:out )?(?:the|our|this|my|it|that)?\s?(?:file|quote|proposal|loop|out|this out|it out|\w+ \w+ proposal)(?: on (?:my|our) (?:end|side))?|(?:take|taking) (?:\S+ ){1,5}?off my (?:\w+ )?list|(?:not|stop) pestering you|(?:released|releasing) (?:the|your|our) (?:hold|reservation|booking|option)|(?:closing|close|closed) (?:this|the|our|your) (?:\w+ )?(?:enquiry|inquiry|request|opportunity|matter)|let (?:this|it) rest|park (?:this|it)|leave it with you|(?:release|releasing) it to (?:the )?other/,
    flag: ["I'll [close the file on my end].", 'We are [closing the file on our side].'],
    pass: ['The store is closed on Sundays.'],
  },
  {
    id: 'en.abort.stop-following-up',
    signal: 'abort',
    pattern:
      /(?:won't|will not|wont|not going to|no longer) (?:keep |be )?(?:following up|reaching out|nudging|contacting you|follow up|reach out|chasing|filling your inbox|clutter(?:ing)? your inbox)\w*(?: (?:again|further))?(?: about (?:it|this))?|stop (?:following up|reaching out|nudging|chasing)|this will be my last (?:note|email|message)|no need to reply/,
    flag: ["I [won't follow up further]."],
    pass: ["I'll reach out on Friday at 10."],
  },
  {
    id: 'en.abort-soft.no-hard-feelings',
    signal: 'abort-soft',
    pattern:
      /no hard feelings|(?:totally|completely|perfectly|absolutely) (?:fine|understand\w*)|no problem at all|don't want to (?:\w+ ){0,3}?(?:clutter|fill|be that|keep)|you know where to find me|you know where we are|i'm (?:just )?an email away|a phone call away|i'll assume(?! (?:that )?(?:silence means )?(?:you're|you are|you'?re) still)|I assume(?! (?:that )?(?:silence means )?(?:you're|you are) still)|I take that as a sign|which tells me/,
    flag: ['[No hard feelings] at all.', "[I'll assume] it isn't a priority right now."],
    pass: ['We are happy to help.', "I'll assume silence means you're still thinking it over."],
  },
  {
    id: 'en.abort.bow-out',
    signal: 'abort',
    pattern:
      /(?:i'll|i will) (?:take the hint|bow out|leave it there|step back|stop bothering you|let it go)|(?:closing|close) the loop|consider this (?:my|the) (?:last|final) (?:email|note|message)|(?:won't|will not) (?:bother|trouble) you (?:again|further|with this)|remove you from (?:my|our) (?:list|follow-up)/,
    flag: ["No worries, [I'll take the hint]."],
    pass: ["I'll take the samples with me."],
  },
  {
    id: 'en.abort.wont-chase',
    signal: 'abort',
    pattern:
      /(?:won't|will not|wont|not going to|no longer) (?:\w+ )?(?:chase|follow up on|pursue|bother you (?:with|about)|reach out about|email you about) (?:this|it|that|the \w+)|(?:mark|marking|consider|considering|treat) (?:this|it|the \w+(?: \w+)?) (?:as )?(?:closed|done|finished|resolved)|(?:close|closed|closing) (?:\S+ ){0,5}?(?:on|from) (?:my|our) (?:end|side)/,
    flag: ["I [won't chase this] any further.", "I'm going to [mark this as closed] on my end."],
    pass: ['Could you chase the invoice with accounts?'],
  },
];
