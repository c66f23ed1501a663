import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/html';

const text = (html: string) => htmlToText(html).text;

describe('htmlToText', () => {
  it.each([
    ['named entities', '<p>Gr&uuml;&szlig;e &amp; K&ouml;ln &ndash; 5&nbsp;&euro;</p>', 'Grüße & Köln – 5 €'],
    ['numeric entities', '<div>&#228;&#x1F600;&#8211;</div>', 'ä😀–'],
    ['legacy entity without semicolon', '<div>Fish &amp chips&nbspnow</div>', 'Fish & chips now'],
    ['unknown entity stays literal', '<div>AT&T &bogus; R&D</div>', 'AT&T &bogus; R&D'],
    ['<br> is a line break', 'eins<br>zwei<br/>drei', 'eins\nzwei\ndrei'],
    ['blocks start lines', '<div>a</div><div>b</div><p class="MsoNormal">c</p>', 'a\nb\nc'],
    ['<div><br></div> is one blank line', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['whitespace collapses', '<div>  viele \n\t Leerzeichen   hier </div>', 'viele Leerzeichen hier'],
    ['plain <p> has a blank line after it', '<p>Hi Sam,</p><p>Thanks.</p>', 'Hi Sam,\n\nThanks.'],
    [
      'Word blank paragraphs hold &nbsp;',
      '<p class=MsoNormal>a</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>b</p>',
      'a\n\nb',
    ],
    [
      'style, script, title and head noise are dropped',
      '<head><title>T</title><style>p{x:1}</style></head><script>x()</script>ok',
      'ok',
    ],
    [
      'comments and Word conditional comments are dropped',
      'a<!-- c --><!--[if gte mso 9]><xml><o:x/></xml><![endif]-->b',
      'ab',
    ],
    [
      'downlevel-revealed conditionals keep their content',
      '<![if !supportLists]>1.<![endif]> Punkt',
      '1. Punkt',
    ],
    ['stray < is text', '<div>a < b and 3<4</div>', 'a < b and 3<4'],
    ['unclosed tags still give their text', '<div><p>eins<div>zwei', 'eins\nzwei'],
    ['table cells are separated', '<table><tr><td>Preis</td><td>5 €</td></tr></table>', 'Preis 5 €'],
    ['pre keeps line breaks', '<pre>a  b\nc</pre>', 'a  b\nc'],
    [
      'blockquotes are prefixed by depth',
      '<blockquote>a<blockquote>b</blockquote></blockquote>',
      '> a\n>> b',
    ],
    ['uppercase tags and attributes', '<DIV CLASS="x">A<BR>B</DIV>', 'A\nB'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('marks where client signature and quote elements start', () => {
    const html =
      '<div>Hi</div><div class="gmail_signature">Sig</div><div class="gmail_quote">On x wrote:</div>';
    const result = htmlToText(html);
    expect(result.markers.map((m) => m.kind)).toEqual(['signature', 'quote']);
    const [signature, quote] = result.markers;
    expect(result.text.slice(signature.text)).toBe('Sig\nOn x wrote:');
    expect(html.slice(quote.html)).toMatch(/^<div class="gmail_quote">/);
  });

  it('marks the Word reply header div and <hr> only as candidates', () => {
    const html =
      '<p>x</p><hr><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p>Von: a</p></div>';
    expect(htmlToText(html).markers.map((m) => m.kind)).toEqual(['quote-if-header', 'quote-if-header']);
  });

  it('maps every text line to the HTML where it starts', () => {
    const html = '<div>eins</div><div><br></div><p class="MsoNormal"><span>zwei</span></p>';
    const result = htmlToText(html);
    const lines = result.text.split('\n');
    expect(lines).toEqual(['eins', '', 'zwei']);
    expect(html.slice(result.lineHtmlStarts[1])).toMatch(/^<div><br><\/div>/);
    expect(html.slice(result.lineHtmlStarts[2])).toMatch(/^<p class="MsoNormal">/);
  });

  it('finds where the content starts inside wrappers', () => {
    const html =
      '<html><head><style>x</style></head><body><div class="WordSection1"><p>Hallo</p></div></body></html>';
    expect(html.slice(htmlToText(html).contentHtmlStart)).toMatch(/^<p>Hallo/);
  });
});
