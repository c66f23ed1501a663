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

export interface SendGuard {
  /** Sends for real once, past the check (the dialog's "send anyway"). */
  sendAnyway(view: GmailComposeView): void;
  uninstall(): void;
}

const pointerTypes = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const keyTypes = ['keydown', 'keypress', 'keyup'] as const;

export function installSendGuard(win: Window, deps: SendGuardDeps): SendGuard {
  let passing = false;
  /** The mouse gesture on a Send button under way: decided once, at its first event. */
  let gesture: { view: GmailComposeView; held: boolean; startedBy: string } | null = null;
  /** The key whose remaining events (keypress/keyup) we swallow after holding its keydown. */
  let heldKey: string | null = null;

  const findCompose = (match: (view: GmailComposeView) => boolean) => {
    for (const view of deps.composes()) if (match(view)) return view;
    return null;
  };

  /** True when the send was held (the dialog is showing); false lets it through. */
  const tryHold = (view: GmailComposeView): boolean => {
    try {
      const mode = deps.onSendMode();
      if (mode === 'off' || !view.isReadable()) return false;
      const analysis = deps.analyze(view);
      if (analysis.verdict !== 'chaser') return false;
      deps.holdBack(view, analysis, mode);
      return true;
    } catch (error) {
      console.warn('Klarheit: the send check failed, so this message is sent unchecked.', error);
      return false;
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
    if (starts || gesture?.view !== view) gesture = { view, held: tryHold(view), startedBy: event.type };
    if (gesture.held) swallow(event);
    if (event.type === 'click') gesture = null;
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
    if (tryHold(view)) {
      heldKey = event.key;
      swallow(event);
    }
  };

  for (const type of pointerTypes) win.addEventListener(type, onPointer, true);
  for (const type of keyTypes) win.addEventListener(type, onKey, true);

  return {
    sendAnyway(view) {
      passing = true;
      try {
        view.pressSend();
      } finally {
        passing = false;
        gesture = null;
      }
    },
    uninstall() {
      for (const type of pointerTypes) win.removeEventListener(type, onPointer, true);
      for (const type of keyTypes) win.removeEventListener(type, onKey, true);
    },
  };
}
