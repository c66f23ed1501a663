// The on-send check. Capture-phase listeners on the window see Send (mouse, Enter/Space on the
// button) and Ctrl/Cmd+Enter before Gmail does. Only a chaser is ever held back, and only when the
// decision was made without error: any failure in our code lets the send through untouched.
import type { Analysis } from '../core/types';
import type { GmailComposeView } from './gmail-compose';
import type { OnSendMode } from './settings';

export interface SendGuardDeps {
  /** The composes open right now. */
  composes(): Iterable<GmailComposeView>;
  onSendMode(): OnSendMode;
  analyze(view: GmailComposeView): Analysis;
  /** Shows the send-check dialog; "send anyway" is offered only in warn mode. */
  holdBack(view: GmailComposeView, analysis: Analysis, mode: Exclude<OnSendMode, 'off'>): void;
}

interface Held {
  analysis: Analysis;
  mode: Exclude<OnSendMode, 'off'>;
}

export interface SendGuard {
  /** Sends for real once, past the check (the dialog's "send anyway"). */
  sendAnyway(view: GmailComposeView): void;
  uninstall(): void;
}

const pointerTypes = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const keyTypes = ['keydown', 'keypress', 'keyup'] as const;

export function installSendGuard(win: Window, deps: SendGuardDeps): SendGuard {
  let passing = false;
  /** The mouse gesture on a Send button under way, decided once at its first event; `held` carries
   *  what the dialog needs when the send is being held back. */
  let gesture: { view: GmailComposeView; held: Held | null; startedBy: string } | null = null;
  /** The key whose remaining events (keypress/keyup) we swallow after holding its keydown. */
  let heldKey: string | null = null;

  const findCompose = (match: (view: GmailComposeView) => boolean) => {
    for (const view of deps.composes()) if (match(view)) return view;
    return null;
  };

  /** What to hold back, or null to let the send through (anything but a chaser, or any failure). */
  const decide = (view: GmailComposeView): Held | null => {
    try {
      const mode = deps.onSendMode();
      if (mode === 'off' || !view.isReadable()) return null;
      const analysis = deps.analyze(view);
      return analysis.verdict === 'chaser' ? { analysis, mode } : null;
    } catch (error) {
      console.warn('Klarheit: the send check failed, so this message is sent unchecked.', error);
      return null;
    }
  };

  /** Shows the dialog; false when it could not be shown (then the send must go through). */
  const showDialog = (view: GmailComposeView, held: Held): boolean => {
    try {
      deps.holdBack(view, held.analysis, held.mode);
      return true;
    } catch (error) {
      console.warn('Klarheit: the send check could not be shown, so this message is sent unchecked.', error);
      return false;
    }
  };

  const sendForReal = (view: GmailComposeView) => {
    passing = true;
    try {
      view.pressSend();
    } finally {
      passing = false;
      gesture = null;
    }
  };

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onPointer = (event: Event) => {
    if (passing) return;
    const view = findCompose((v) => v.isSendButton(event.target));
    if (!view) return;
    // pointerdown starts a gesture; mousedown or click start one only where no pointer events came first
    // (synthetic and assistive-technology presses).
    const starts =
      event.type === 'pointerdown' ||
      (event.type === 'mousedown' && gesture?.startedBy !== 'pointerdown') ||
      (event.type === 'click' && !gesture);
    if (starts || gesture?.view !== view) gesture = { view, held: decide(view), startedBy: event.type };
    const { held } = gesture;
    if (!held) return;
    swallow(event);
    // Like any button, the dialog comes on release: a press dragged off Send does nothing.
    if (event.type !== 'click') return;
    gesture = null;
    if (!showDialog(view, held)) sendForReal(view);
  };

  const onKey = (event: Event) => {
    if (passing || !(event instanceof KeyboardEvent)) return;
    if (event.type !== 'keydown') {
      if (heldKey === event.key) {
        swallow(event);
        if (event.type === 'keyup') heldKey = null;
      }
      return;
    }
    const onSendButton = event.key === 'Enter' || event.key === ' ';
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    const view = shortcut
      ? findCompose((v) => event.target instanceof Node && v.root.contains(event.target))
      : onSendButton
        ? findCompose((v) => v.isSendButton(event.target))
        : null;
    if (!view) return;
    const held = decide(view);
    if (held && showDialog(view, held)) {
      heldKey = event.key;
      swallow(event);
    }
  };

  for (const type of pointerTypes) win.addEventListener(type, onPointer, true);
  for (const type of keyTypes) win.addEventListener(type, onKey, true);

  return {
    sendAnyway: sendForReal,
    uninstall() {
      for (const type of pointerTypes) win.removeEventListener(type, onPointer, true);
      for (const type of keyTypes) win.removeEventListener(type, onKey, true);
    },
  };
}
