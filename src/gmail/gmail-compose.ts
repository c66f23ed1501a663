// The Gmail host adapter: one instance per open compose. It is the only code that reads or writes
// Gmail's compose DOM; the panel and the send check talk to it through GmailComposeView.
import type { Language, Person, Suggestion } from '../core/types';
import { type DraftHost, type DraftSnapshot, HostError, type InsertResult } from '../ui/host';
import { conversationAsQuote, readConversation } from './conversation-thread';
import { closestOf, noteMiss, queryAll, queryFirst } from './dom-query';
import { selectors } from './selectors';
import { replaceNewText } from './write-new-text';

/** dialog: new message or full screen; inline-reply: under a conversation; window: pop-out or compose-only page. */
export type ComposeKind = 'dialog' | 'inline-reply' | 'window';

export interface GmailComposeView extends DraftHost {
  readonly root: HTMLElement;
  readonly composeKind: ComposeKind;
  /** False when Gmail's editor cannot be found: the rep sees "can't read this draft", sending is untouched. */
  isReadable(): boolean;
  /** The draft, synchronously (the send check must decide inside the event handler). Throws HostError. */
  snapshot(): DraftSnapshot;
  /** True when `target` is this compose's Send button or inside it. */
  isSendButton(target: EventTarget | null): boolean;
  /** Presses Send the way a mouse does (used once by "send anyway"). */
  pressSend(): void;
  /** Puts our element beside the compose body (outside the editor, so it is never part of the email). */
  placeBesideBody(element: HTMLElement): void;
}

/** The compose that `element` (an editor or a Send button) belongs to, or null when it is in none. */
export function composeRootOf(element: HTMLElement): HTMLElement | null {
  const known = closestOf(element, selectors.composeRoot);
  if (known) return known;
  // Unknown layout: the nearest ancestor that holds both an editor and a Send button.
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (queryFirst(node, selectors.editor) && queryFirst(node, selectors.sendButton)) return node;
  }
  return null;
}

export class GmailCompose implements GmailComposeView {
  readonly kind = 'gmail' as const;
  readonly composeKind: ComposeKind;

  constructor(readonly root: HTMLElement) {
    this.composeKind = detectKind(root);
  }

  displayLanguage(): Language {
    const doc = this.root.ownerDocument;
    const tag = doc.documentElement.lang || doc.defaultView?.navigator.language || 'en';
    return tag.toLowerCase().startsWith('de') ? 'de' : 'en';
  }

  isReadable(): boolean {
    return this.editor() !== null;
  }

  snapshot(): DraftSnapshot {
    const editor = this.editor();
    if (!editor) throw new HostError('read-failed', "Gmail's message editor was not found in this compose.");
    let body = editor.innerHTML;
    // Inline replies hide the quote until sending: rebuild it from the conversation on screen.
    if (!queryFirst(editor, selectors.quote) && this.composeKind === 'inline-reply') {
      body += conversationAsQuote(readConversation(this.root), this.displayLanguage());
    }
    const from = this.readFrom();
    return {
      subject: this.readSubject(),
      body,
      format: 'html',
      ...(from ? { from } : {}),
      to: this.readRecipients(),
      locale: this.root.ownerDocument.documentElement.lang || undefined,
    };
  }

  async read(): Promise<DraftSnapshot> {
    return this.snapshot();
  }

  async insert(suggestion: Suggestion): Promise<InsertResult> {
    const editor = this.editor();
    if (!editor) throw new HostError('write-failed', "Gmail's message editor was not found in this compose.");
    replaceNewText(editor, suggestion.text);
    return { mode: 'replaced' };
  }

  onChange(callback: () => void): () => void {
    const editor = this.editor();
    const observer = new MutationObserver(() => callback());
    if (editor) observer.observe(editor, { childList: true, subtree: true, characterData: true });
    // Subject and recipient fields are inputs: their edits arrive as bubbling input events.
    const onInput = (event: Event) => {
      if (!editor?.contains(event.target as Node)) callback();
    };
    this.root.addEventListener('input', onInput);
    return () => {
      observer.disconnect();
      this.root.removeEventListener('input', onInput);
    };
  }

  isSendButton(target: EventTarget | null): boolean {
    const button = this.sendButton();
    return button !== null && target instanceof Node && button.contains(target);
  }

  pressSend(): void {
    const button = this.sendButton();
    if (!button) throw new HostError('write-failed', "Gmail's Send button was not found.");
    // Gmail's buttons act on the mousedown/mouseup pair, not on click alone.
    for (const type of ['mousedown', 'mouseup', 'click']) {
      button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    }
  }

  placeBesideBody(element: HTMLElement): void {
    const editor = this.editor();
    // Above the editor's own wrapper keeps us out of the email; without an editor, at the top of the compose.
    const anchor =
      editor?.parentElement && editor.parentElement !== this.root ? editor.parentElement : editor;
    if (anchor?.parentElement) anchor.parentElement.insertBefore(element, anchor);
    else this.root.prepend(element);
  }

  private editor(): HTMLElement | null {
    const editor = queryFirst(this.root, selectors.editor);
    if (!editor) noteMiss(selectors.editor);
    return editor;
  }

  private sendButton(): HTMLElement | null {
    const button = queryFirst(this.root, selectors.sendButton);
    if (!button) noteMiss(selectors.sendButton);
    return button;
  }

  private readSubject(): string {
    const field = queryFirst<HTMLInputElement>(this.root, selectors.subject);
    if (field?.value) return field.value;
    const conversation = this.composeKind === 'inline-reply' ? this.root.ownerDocument : null;
    const heading = conversation ? queryFirst(conversation, selectors.conversationSubject) : null;
    return heading?.textContent?.trim() ?? '';
  }

  private readRecipients(): Person[] {
    const found = queryAll(this.root, selectors.toRecipients);
    const people = found.flatMap((element): Person[] => {
      if (element instanceof HTMLInputElement) return splitAddressList(element.value).map(parsePerson);
      const email = element.getAttribute('data-hovercard-id') ?? element.getAttribute('email') ?? undefined;
      const name = element.getAttribute('data-name') ?? element.getAttribute('name') ?? undefined;
      return [{ ...(name ? { name } : {}), ...(email ? { email } : {}) }];
    });
    return people.filter((person) => person.email || person.name);
  }

  private readFrom(): Person | null {
    const field = queryFirst<HTMLInputElement>(this.root, selectors.from);
    if (field?.value) return parsePerson(field.value);
    // Gmail's window title ends with the signed-in account: "Inbox (3) - rep@example.com - Gmail".
    const account = this.root.ownerDocument.title.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/);
    return account ? { email: account[0] } : null;
  }
}

/** Splits "A <a@x>, \"B, C\" <b@x>" at the commas that separate addresses (not those in quotes or <>). */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of list) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (char === ',' && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.filter((part) => part.trim());
}

/** "Thomas Maier <maier@example.de>" or a bare address → Person. */
export function parsePerson(text: string): Person {
  const trimmed = text.trim();
  const angled = trimmed.match(/^"?([^"<]*?)"?\s*<([^>]+)>$/);
  if (angled) return { ...(angled[1].trim() ? { name: angled[1].trim() } : {}), email: angled[2].trim() };
  return trimmed.includes('@') ? { email: trimmed } : { name: trimmed };
}

function detectKind(root: HTMLElement): ComposeKind {
  if (root.matches('[role="dialog"]') || root.closest('[role="dialog"]')) return 'dialog';
  for (const selector of selectors.conversation.selectors) {
    const conversation = root.parentElement?.closest(selector);
    if (conversation && queryFirst(conversation, selectors.conversationMessage)) return 'inline-reply';
  }
  return 'window';
}
