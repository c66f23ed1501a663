// Gmail trims the quoted thread out of inline replies (the "…" toggle) and only adds it when the
// message is sent, so the editor alone does not show what the rep is replying to. This rebuilds the
// thread from the open conversation as a Gmail-style nested quote, which the engine's zoning reads
// like any Gmail reply: newest message first, each earlier one quoted inside it.
import type { Language } from '../core/types';
import { queryAll, queryFirst } from './dom-query';
import { selectors } from './selectors';

export interface ConversationMessage {
  name: string;
  email: string;
  dateText: string;
  text: string;
}

/** The messages of the conversation around `compose`, oldest first; empty when it is not in one. */
export function readConversation(compose: HTMLElement): ConversationMessage[] {
  const conversation = findConversation(compose);
  if (!conversation) return [];
  return queryAll(conversation, selectors.conversationMessage)
    .filter((message) => !message.contains(compose) && !compose.contains(message))
    .map(readMessage)
    .filter((message): message is ConversationMessage => message !== null);
}

function findConversation(compose: HTMLElement): HTMLElement | null {
  for (const selector of selectors.conversation.selectors) {
    const found = compose.parentElement?.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function readMessage(message: HTMLElement): ConversationMessage | null {
  const sender = queryFirst(message, selectors.messageSender);
  const body = queryFirst(message, selectors.messageBody);
  if (!sender || !body) return null;
  const date = queryFirst(message, selectors.messageDate);
  return {
    name: sender.getAttribute('name') ?? sender.textContent?.trim() ?? '',
    email: sender.getAttribute('email') ?? '',
    dateText: date?.getAttribute('title') || date?.textContent?.trim() || '',
    text: visibleText(body),
  };
}

/** Text with line breaks where the rendered message has them (textContent would glue paragraphs). */
function visibleText(element: HTMLElement): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      lines.push(line);
      line = '';
      return;
    }
    const block = /^(DIV|P|LI|TR|BLOCKQUOTE|H[1-6])$/.test(node.tagName);
    if (block && line) {
      lines.push(line);
      line = '';
    }
    for (const child of node.childNodes) walk(child);
    if (block && line) {
      lines.push(line);
      line = '';
    }
  };
  walk(element);
  if (line) lines.push(line);
  return lines.join('\n').trim();
}

const attribution: Record<Language, (m: ConversationMessage) => string> = {
  en: (m) => `On ${m.dateText}, ${m.name} <${m.email}> wrote:`,
  de: (m) => `Am ${m.dateText} schrieb ${m.name} <${m.email}>:`,
};

/** The conversation as a Gmail quote block (HTML), newest message outermost; '' for no messages. */
export function conversationAsQuote(messages: ConversationMessage[], language: Language): string {
  let quote = '';
  for (const message of messages) {
    const body = escapeHtml(message.text).replace(/\n/g, '<br>');
    quote =
      `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution[language](message))}` +
      `<br></div><blockquote class="gmail_quote">${body}${quote ? `<br><br>${quote}` : ''}</blockquote></div>`;
  }
  return quote;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
