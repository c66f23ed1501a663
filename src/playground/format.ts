// Converts the playground's body when the rep flips the HTML/text switch, so the same email can be
// tried both ways. The HTML looks like Gmail's (div per line, gmail_quote around the thread).

const attributionLine = /^(Am .+ schrieb .+:|On .+ wrote:)\s*$/;

export function textToHtml(text: string): string {
  const lines = text.split('\n');
  const quoteStart = lines.findIndex((line) => attributionLine.test(line));
  const own = quoteStart === -1 ? lines : lines.slice(0, quoteStart);
  const html = own.map(lineToDiv).join('');
  if (quoteStart === -1) return html;
  const quoted = lines.slice(quoteStart + 1).map((line) => line.replace(/^> ?/, ''));
  return (
    `${html}<div class="gmail_quote"><div class="gmail_attr">${escapeHtml(lines[quoteStart])}</div>` +
    `<blockquote class="gmail_quote">${textToHtml(quoted.join('\n'))}</blockquote></div>`
  );
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return blockText(doc.body)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blockText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const tag = node.tagName.toLowerCase();
  if (tag === 'br') return '\n';
  if (tag === 'style' || tag === 'script') return '';
  const inner = Array.from(node.childNodes).map(blockText).join('');
  if (tag === 'blockquote') {
    const quoted = inner
      .trim()
      .split('\n')
      .map((line) => (line.startsWith('>') ? `>${line}` : line ? `> ${line}` : '>'));
    return `${quoted.join('\n')}\n`;
  }
  const isBlock = /^(div|p|li|ul|ol|h[1-6]|table|tr)$/.test(tag);
  return isBlock ? `${inner.replace(/\n$/, '')}\n` : inner;
}

function lineToDiv(line: string): string {
  return line.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
