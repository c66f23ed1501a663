// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { Analysis, Verdict } from '../../src/core/types';
import { findComposeRoots } from '../../src/gmail/compose-watcher';
import { GmailCompose } from '../../src/gmail/gmail-compose';
import { installSendGuard, type SendGuard, type SendGuardDeps } from '../../src/gmail/send-guard';
import type { OnSendMode } from '../../src/gmail/settings';
import { loadGmailFixture } from './load-fixture';

/** The verdict a test wants, decided from the draft like the engine would (chaser phrase or not). */
function fakeAnalysis(body: string): Analysis {
  const verdict: Verdict = /nachhaken|checking in/.test(body) ? 'chaser' : 'none';
  return { verdict } as Analysis;
}

let compose: GmailCompose;
let guard: SendGuard;
let sent: number;
let mode: OnSendMode;
let analyze: (view: GmailCompose) => Analysis;
let holdBack: Mock<SendGuardDeps['holdBack']>;
let gmailListeners: AbortController;

beforeEach(() => {
  loadGmailFixture('new-message');
  compose = new GmailCompose([...findComposeRoots(document)][0]);
  sent = 0;
  mode = 'warn';
  analyze = (view) => fakeAnalysis(view.snapshot().body);
  holdBack = vi.fn<SendGuardDeps['holdBack']>();
  // Gmail's own handlers: Send acts on mouseup after a mousedown on the button, Ctrl+Enter on keydown.
  const send = document.querySelector<HTMLElement>('.aoO')!;
  let pressed = false;
  send.addEventListener('mousedown', () => {
    pressed = true;
  });
  send.addEventListener('mouseup', () => {
    if (pressed) sent++;
    pressed = false;
  });
  send.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') sent++;
  });
  gmailListeners = new AbortController();
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) sent++;
    },
    { signal: gmailListeners.signal },
  );
  guard = installSendGuard(window, {
    composes: () => [compose],
    onSendMode: () => mode,
    analyze: (view) => analyze(view as GmailCompose),
    holdBack,
  });
});

afterEach(() => {
  guard.uninstall();
  gmailListeners.abort();
});

function clickSend() {
  const send = document.querySelector<HTMLElement>('.aoO')!;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

function press(target: Element, init: KeyboardEventInit) {
  for (const type of ['keydown', 'keyup']) {
    target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }));
  }
}

const editor = () => document.querySelector<HTMLElement>('[g_editable]')!;
const replaceBody = (text: string) => {
  editor().textContent = text;
};

describe('the on-send check', () => {
  it('holds a chaser back on a Send click and shows the dialog once, with "send anyway" in warn mode', () => {
    clickSend();
    expect(sent).toBe(0);
    expect(holdBack).toHaveBeenCalledTimes(1);
    expect(holdBack.mock.calls[0][0]).toBe(compose);
    expect(holdBack.mock.calls[0][2]).toBe('warn');
  });

  it('"send anyway" really sends, exactly once, and the next Send is checked again', () => {
    clickSend();
    guard.sendAnyway(compose);
    expect(sent).toBe(1);
    expect(holdBack).toHaveBeenCalledTimes(1);
    clickSend();
    expect(sent).toBe(1);
    expect(holdBack).toHaveBeenCalledTimes(2);
  });

  it('holds a chaser back on Ctrl+Enter and Cmd+Enter in the body, and on Enter on the Send button', () => {
    press(editor(), { key: 'Enter', ctrlKey: true });
    press(editor(), { key: 'Enter', metaKey: true });
    press(document.querySelector('.aoO')!, { key: 'Enter' });
    expect(sent).toBe(0);
    expect(holdBack).toHaveBeenCalledTimes(3);
  });

  it('holds Space on the Send button, including the keyup that would activate it', () => {
    const send = document.querySelector('.aoO')!;
    const keyup = new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true });
    send.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    send.dispatchEvent(keyup);
    expect(holdBack).toHaveBeenCalledTimes(1);
    expect(keyup.defaultPrevented).toBe(true);
  });

  it('lets plain Enter in the body through (that is a new line, not a send)', () => {
    const keydown = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor().dispatchEvent(keydown);
    expect(keydown.defaultPrevented).toBe(false);
    expect(holdBack).not.toHaveBeenCalled();
  });

  it('never holds anything that is not a chaser', () => {
    replaceBody('Hi Anna, as agreed, here are the pilot figures. Shall we decide on Friday at 10:00?');
    clickSend();
    press(editor(), { key: 'Enter', ctrlKey: true });
    expect(sent).toBe(2);
    expect(holdBack).not.toHaveBeenCalled();
  });

  it('holds nothing when the check is off', () => {
    mode = 'off';
    clickSend();
    expect(sent).toBe(1);
    expect(holdBack).not.toHaveBeenCalled();
  });

  it('offers no "send anyway" in block mode', () => {
    mode = 'block';
    clickSend();
    expect(sent).toBe(0);
    expect(holdBack.mock.calls[0][2]).toBe('block');
  });

  it('sends when our analysis fails', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    analyze = () => {
      throw new Error('engine bug');
    };
    clickSend();
    press(editor(), { key: 'Enter', ctrlKey: true });
    expect(sent).toBe(2);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('sends when the dialog itself fails to open', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    holdBack.mockImplementation(() => {
      throw new Error('render bug');
    });
    clickSend();
    expect(sent).toBe(1);
    warn.mockRestore();
  });

  it('sends when the draft cannot be read (selector miss)', () => {
    const body = editor();
    body.removeAttribute('g_editable');
    body.removeAttribute('role');
    body.className = '';
    clickSend();
    expect(sent).toBe(1);
    expect(holdBack).not.toHaveBeenCalled();
  });

  it('ignores clicks elsewhere in the compose', () => {
    const more = document.querySelector<HTMLElement>('[aria-label="More send options"]')!;
    more.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    expect(holdBack).not.toHaveBeenCalled();
  });
});
