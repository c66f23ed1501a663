// English signs of new value: news, a revised or new document, a concrete new option or number.
import type { RuleSpec } from '../types';

export const value: RuleSpec[] = [
  {
    id: 'en.value.news',
    signal: 'value',
    pattern:
      /good news|(?:quick |two |an? )?updates?:|(?:back|now) in stock|(?:one|a|an|quick|small) (?:addition|add-on) to (?:my|our|the) (?:proposal|quote|offer|estimate)|something (?:new|that might be useful)|(?:one|a) thing worth knowing|worth knowing|(?:i|we) thought this might be (?:relevant|useful)|might be (?:relevant|useful|interesting) for you|since (?:we last spoke|I sent|we sent|our tour|you were looking)|as of this (?:week|month)|(?:just|recently) (?:installed|launched|shipped|finished|added|closed|wrapped|completed|delivered)|(?:is|are) now live|we've (?:shipped|added|finished|closed)/,
    flag: [
      '[Good news]: the press is live.',
      '[Since we last spoke], we have added SSO.',
      '[One addition to my proposal]: Afrikaans versions of every page.',
      'the modules are [back in stock] at our warehouse.',
    ],
    pass: ['Any news on the proposal?'],
  },
  {
    id: 'en.value.document',
    signal: 'value',
    pattern:
      /(?:attached is|attached are|here's|here is|here are|i've attached|i have attached|i'm sending|i am sending|i've put together|i've pulled|i've rerun|i've added|i've checked|enclosed is|i'm attaching) (?:\w+ ){0,4}?(?:revised|updated|new|final|two|three|feasibility|outline|report|case|sample|samples|references|template|list|option|numbers|proof|scope|avails|letter|quote|video|fee|screenshots|photos|pages)\w*(?: \w+)?|(?:revised|updated|new) (?:\w+ )?(?:quote|proposal|version|option|package|terms|scope|loi|fdd) (?:is|are) attached|(?:case study|redacted pages|screenshots|photos and a cost breakdown|cost breakdown)(?: \w+){0,2} (?:is|are)? ?attached/,
    flag: ["[Here's the revised scope] for Phase 1:", '[attached is the revised quote]'],
    pass: ["I've re-attached our proposal for easy reference."],
  },
  {
    id: 'en.value.concrete-change',
    signal: 'value',
    pattern:
      /from [$£€]?[0-9][0-9.,]*\w* (?:\w+ )?to [$£€]?[0-9][0-9.,]*|(?:instead of|rather than|was) (?:[$£€]?[0-9][0-9.,]*|one|two|three|four|five|six|seven|eight|nine|ten|late|early|mid)|by [0-9]+ ?%|[0-9]+ ?% (?:off|lower|cheaper|faster|higher|more|less|fewer)|(?:up|down) [0-9]+ ?%|[0-9]+ ?% (?:price )?(?:increase|rise|hike|decrease|reduction)|(?:hold|lock in|honou?r) (?:the|your|this|our) (?:current )?(?:price|pricing|rate|quote|estimate)|(?:drops|dropped|cut|cuts|reduced|reduces|brings|brought) (?:\w+ ){0,5}?(?:from|to|down)|at no (?:extra )?charge|no rush surcharge|further [0-9]+%|(?:take|taken) (?:a )?(?:further|another) /,
    flag: [
      'lead time [from 10 to 6] days',
      'the SSO add-on [at no charge]',
      'I can [hold the price] until Friday.',
      'a [12% price increase] in March',
    ],
    pass: ['Our quote from October still stands.'],
  },
  {
    id: 'en.value.new-work',
    signal: 'value',
    pattern:
      /(?:i|we)(?:'ve| have)? (?:just )?(?:put together|prepared|drafted|mocked up|recorded|pulled together|worked out|sketched out|rerun|re-run|published|released|launched|attached|added)|(?:is|are) attached|(?:we|i) can now|(?:one more|another|a new) (?:idea|option|thought)|(?:thought|think) you(?:'d| would| might) find this (?:useful|interesting|helpful)|something (?:new |useful |worth knowing )?(?:relevant|that might help)|case study|(?:write-up|one-pager|summary|deck|brochure|cv|resume|résumé|profile|spec sheet|datasheet|sample) (?:is )?attached|(?:we've|we have) had a cancellation|(?:slot|spot|space|date) (?:has )?(?:opened|freed) up|waive|at no cost|free of charge/,
    flag: [
      '[I put together] a quick mockup.',
      'The two-page PDF [is attached].',
      'Good news: [we can now] start in December.',
      'Two-page [one-pager attached].',
    ],
    pass: ['Did you get a chance to look at the proposal?'],
  },
  {
    id: 'en.value.new-fact',
    signal: 'value',
    pattern:
      /(?:quick )?heads-up (?:that|on)|(?:has|have) (?:now |just )?(?:confirmed|announced|approved|changed|published)|just (?:announced|confirmed|approved|published)|went live|(?:is|are) (?:now )?live|(?:i|we)(?:'ve| have)? (?:checked|confirmed|verified|spoke|spoken) with|(?:revised|updated|new|fresh) (?:\w+ ){0,2}?(?:attached|total|figures|numbers|version|draft|boq|layout|drawings|pricing|comparables)|(?:i am|i'm) sharing|(?:signed off|approved) (?:that|it)|at no extra cost|wanted you to have this|(?:closed|sold) this week|(?:earlier|previously) (?:rs\.?|\$|£|€)/,
    flag: ['The sync you asked about [went live] yesterday.', '[Updated CMA attached].'],
    pass: ['Any update on the quote?'],
  },
  {
    id: 'en.value.better-offer',
    signal: 'value',
    pattern:
      /(?:has|have) (?:just )?opened up|(?:less|cheaper|lower) (?:per|than)|(?:saved|saving|savings) (?:of|for)|(?:a )?cancellation (?:has|means|opened)/,
    flag: ['[A cancellation has] opened up March 11–12.', 'about $2,400 [saved for] your group'],
    pass: ['The store opened in March.'],
  },
];
