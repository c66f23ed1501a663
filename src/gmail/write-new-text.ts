// Replaces the rep's new text in Gmail's editor and leaves the signature and quote exactly as they
// were. The edit goes through the editor's own input path (a selection plus insertHTML, which fires
// the beforeinput/input events Gmail listens to) so Gmail saves the draft and its undo stack works.
import { splitForInsert } from '../core/insert';
import { HostError } from '../ui/host';
import { escapeHtml } from './conversation-thread';
import { queryUnion } from './dom-query';
import { selectors } from './selectors';

/** A position in the editor: where the part we keep (signature, quote) begins. */
export interface KeptStart {
  node: Node;
  offset: number;
}

/**
 * Where the kept part starts, or null when the whole editor is new text. Gmail's own markers
 * (gmail_quote, gmail_signature, the "…" toggle) are exact; a signature the rep typed by hand has no
 * marker, so the engine's zoning (splitForInsert) finds it too. The earlier of the two wins.
 */
export function keptStart(editor: HTMLElement): KeptStart | null {
  const marker = queryUnion(editor, selectors.newTextBoundary)[0];
  const marked = marker ? { node: marker.parentNode!, offset: indexInParent(marker) } : null;
  const zoned = zonedKeptStart(editor);
  if (!marked || !zoned) return marked ?? zoned;
  const range = editor.ownerDocument.createRange();
  range.setStart(marked.node, marked.offset);
  return range.comparePoint(zoned.node, zoned.offset) < 0 ? zoned : marked;
}

/** The engine's boundary, mapped from its HTML split onto the live DOM by the kept part's text. */
function zonedKeptStart(editor: HTMLElement): KeptStart | null {
  const { keptPart } = splitForInsert(editor.innerHTML, 'html');
  if (!keptPart) return null;
  // Inert parsing (a template runs nothing) of our own editor's markup, only to read its text.
  const template = editor.ownerDocument.createElement('template');
  template.innerHTML = keptPart;
  const wanted = template.content.textContent ?? '';
  if (!wanted.trim()) return null;
  const texts = textNodes(editor);
  const total = texts.reduce((sum, node) => sum + node.length, 0);
  let remaining = total - wanted.length;
  for (const node of texts) {
    if (remaining < node.length) {
      const point = { node, offset: Math.max(0, remaining) };
      return textFrom(editor, point) === wanted ? point : null;
    }
    remaining -= node.length;
  }
  return null;
}

/**
 * The rep's new text as a range. With a kept part below, the range ends inside the last piece of
 * text before it, not at the boundary itself: a selection that reaches the start of the next block
 * makes the browser merge that block's first line (Gmail's "On … wrote:") into the insertion.
 * The blank lines between new text and the kept part stay as they are.
 */
export function newTextRange(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  const start = keptStart(editor);
  if (!start) {
    range.setEnd(editor, editor.childNodes.length);
    return range;
  }
  const last = lastContentBefore(editor, start);
  if (last instanceof Text) range.setEnd(last, last === start.node ? start.offset : last.length);
  else if (last) range.setEndAfter(last);
  else range.collapse(true);
  return range;
}

/** The last non-blank text (or image) before `start` inside the editor, or null when there is none. */
function lastContentBefore(editor: HTMLElement, start: KeptStart): Node | null {
  const boundary = editor.ownerDocument.createRange();
  boundary.setStart(start.node, start.offset);
  const walker = editor.ownerDocument.createTreeWalker(
    editor,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === start.node && node instanceof Text) {
      if (node.data.slice(0, start.offset).trim()) last = node;
      break;
    }
    if (boundary.comparePoint(node, 0) >= 0) break;
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

/** The text from `start` to the end: what must be identical before and after an insert. */
function textFrom(editor: HTMLElement, start: KeptStart | null): string {
  if (!start) return '';
  const range = editor.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(editor, editor.childNodes.length);
  return range.toString();
}

/**
 * Puts `text` in place of the new text. Throws HostError('write-failed') after restoring the draft
 * when the kept part (signature, quote) would not have survived unchanged.
 */
export function replaceNewText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const original = [...editor.childNodes].map((node) => node.cloneNode(true));
  const keptBefore = textFrom(editor, keptStart(editor));
  // Gmail's own quote/signature element must come through as the very same, unchanged node.
  const marker = queryUnion(editor, selectors.newTextBoundary)[0];
  const markerHtml = marker?.outerHTML;
  const range = newTextRange(editor);
  // With no new text yet, the suggestion goes above the kept part with a blank line between them.
  const html = textToEditorHtml(text) + (keptBefore && range.collapsed ? '<div><br></div>' : '');

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

  const textKept = editor.textContent?.endsWith(keptBefore) ?? false;
  const markerKept = !marker || (editor.contains(marker) && marker.outerHTML === markerHtml);
  if (!textKept || !markerKept) {
    editor.replaceChildren(...original);
    announceInput(editor);
    throw new HostError(
      'write-failed',
      'The signature or thread would have changed, so the draft was left as it was.',
    );
  }
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function indexInParent(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode!.childNodes, node);
}

function announceInput(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? view?.Event;
  if (!InputEventCtor) return;
  editor.dispatchEvent(
    new InputEventCtor('input', { bubbles: true, inputType: 'insertReplacementText' } as InputEventInit),
  );
}
