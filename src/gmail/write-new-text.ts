// Replaces the rep's new text in Gmail's editor and leaves the quote and signature exactly as they
// were. The edit goes through the editor's own input path (a selection plus insertHTML, which fires
// the beforeinput/input events Gmail listens to) so Gmail saves the draft and its undo stack works.
import { HostError } from '../ui/host';
import { escapeHtml } from './conversation-thread';
import { queryUnion } from './dom-query';
import { selectors } from './selectors';

/** The first element of what we keep (quote, signature, trimmed-quote toggle), or null for "all new text". */
export function newTextBoundary(editor: HTMLElement): HTMLElement | null {
  return queryUnion(editor, selectors.newTextBoundary)[0] ?? null;
}

/**
 * The rep's new text as a range. With a quote or signature below, the range ends inside the last
 * piece of text before it, not at the boundary itself: a selection that reaches the start of the next
 * block makes the browser merge that block's first line (Gmail's "On … wrote:") into the insertion.
 * The blank lines between new text and quote stay as they are.
 */
export function newTextRange(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  const boundary = newTextBoundary(editor);
  if (!boundary) {
    range.setEnd(editor, editor.childNodes.length);
    return range;
  }
  const last = lastContentBefore(editor, boundary);
  if (last instanceof Text) range.setEnd(last, last.length);
  else if (last) range.setEndAfter(last);
  else range.collapse(true);
  return range;
}

/** The last non-blank text (or image) before `boundary` inside the editor, or null when there is none. */
function lastContentBefore(editor: HTMLElement, boundary: HTMLElement): Node | null {
  const walker = editor.ownerDocument.createTreeWalker(
    editor,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const atOrAfterBoundary =
      node === boundary || (boundary.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (atOrAfterBoundary) break;
    if ((node instanceof Text && node.data.trim()) || (node instanceof Element && node.tagName === 'IMG'))
      last = node;
  }
  return last;
}

/** Plain text as Gmail writes it: one div per line, an empty line as <div><br></div>. */
export function textToEditorHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>'))
    .join('');
}

/** The text from the boundary to the end: what must be identical before and after an insert. */
function keptText(editor: HTMLElement): string {
  const boundary = newTextBoundary(editor);
  if (!boundary) return '';
  const range = editor.ownerDocument.createRange();
  range.setStartBefore(boundary);
  range.setEnd(editor, editor.childNodes.length);
  return range.toString();
}

/**
 * Puts `text` in place of the new text. Throws HostError('write-failed') after restoring the draft
 * when the kept part (quote, signature) would not have survived unchanged.
 */
export function replaceNewText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const original = [...editor.childNodes].map((node) => node.cloneNode(true));
  const keptBefore = keptText(editor);
  const hasKeptPart = newTextBoundary(editor) !== null;
  const range = newTextRange(editor);
  // With no new text yet, the suggestion goes above the quote with a blank line between them.
  const html = textToEditorHtml(text) + (hasKeptPart && range.collapsed ? '<div><br></div>' : '');

  editor.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);

  // insertHTML is the path a paste takes, so Gmail sees a normal edit. Where the browser has no
  // execCommand (or refuses it) the same change is made with DOM ranges and announced with an InputEvent.
  const viaEditor = typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
  if (!viaEditor) {
    range.deleteContents();
    range.insertNode(range.createContextualFragment(html));
    announceInput(editor);
  }

  const survived = keptText(editor) === keptBefore && (!hasKeptPart || newTextBoundary(editor) !== null);
  if (!survived) {
    editor.replaceChildren(...original);
    announceInput(editor);
    throw new HostError(
      'write-failed',
      'The quoted thread would have changed, so the draft was left as it was.',
    );
  }
}

function announceInput(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? view?.Event;
  if (!InputEventCtor) return;
  editor.dispatchEvent(
    new InputEventCtor('input', { bubbles: true, inputType: 'insertReplacementText' } as InputEventInit),
  );
}
