// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachCompanion, type ComposeCompanion } from '../../src/gmail/compose-companion';
import { findComposeRoots } from '../../src/gmail/compose-watcher';
import { GmailCompose } from '../../src/gmail/gmail-compose';
import { panelSettings } from '../../src/ui';
import { type GmailFixture, loadGmailFixture } from './load-fixture';

/** The engine runs for real here; give it time on a loaded machine. */
const PATIENT = { timeout: 5_000 };

let companion: ComposeCompanion | null = null;
afterEach(() => {
  companion?.remove();
  companion = null;
});

function attach(name: GmailFixture, prepare: () => void = () => {}) {
  loadGmailFixture(name);
  prepare();
  const view = new GmailCompose([...findComposeRoots(document)][0]);
  const onEvent = vi.fn();
  companion = attachCompanion(view, panelSettings('en'), onEvent);
  const shadow = companion.element.shadowRoot!;
  const badge = () => shadow.querySelector<HTMLElement>('.kg-badge')!;
  const panelRoot = () => shadow.querySelector<HTMLElement>('.kh-panel');
  return { view, shadow, badge, panelRoot, onEvent };
}

describe('the badge and panel beside a compose', () => {
  it('sit in an open shadow root outside the editor, so they are never part of the email', () => {
    const { view, shadow } = attach('new-message');
    expect(shadow.mode).toBe('open');
    expect(view.root.contains(companion!.element)).toBe(true);
    expect(document.querySelector('[g_editable]')!.contains(companion!.element)).toBe(false);
    expect(view.snapshot().body).not.toContain('data-klarheit');
  });

  it('show the verdict on the badge and open the panel by themselves for a chaser', async () => {
    const { badge, panelRoot, onEvent } = attach('new-message');
    await vi.waitFor(() => expect(badge().getAttribute('data-verdict')).toBe('chaser'), PATIENT);
    expect(panelRoot()!.getAttribute('data-verdict')).toBe('chaser');
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    expect(badge().textContent).toContain('Klarheit:');
    // What the panel reports for the stats: the analysis, never touched by us.
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ action: 'shown' }));
  });

  it('stay a quiet badge when there is nothing to say, and open only when the rep asks', async () => {
    const { badge, shadow } = attach('popout');
    await vi.waitFor(() => expect(badge().getAttribute('data-state')).toBe('ready'), PATIENT);
    const verdict = badge().getAttribute('data-verdict');
    const speaksUp = verdict === 'chaser' || verdict === 'weak';
    expect(badge().getAttribute('aria-expanded')).toBe(speaksUp ? 'true' : 'false');
    if (!speaksUp) {
      badge().click();
      await vi.waitFor(() => expect(badge().getAttribute('aria-expanded')).toBe('true'), PATIENT);
      expect(shadow.querySelector<HTMLElement>('.kg-panel')!.hidden).toBe(false);
    }
  });

  it('stay closed after the rep closes them, while the verdict stays the same', async () => {
    const { view, badge } = attach('new-message');
    await vi.waitFor(() => expect(badge().getAttribute('aria-expanded')).toBe('true'), PATIENT);
    badge().click();
    await vi.waitFor(() => expect(badge().getAttribute('aria-expanded')).toBe('false'), PATIENT);
    // The rep keeps typing in the same chaser: no popping open again.
    document
      .querySelector('[g_editable]')!
      .append(Object.assign(document.createElement('div'), { textContent: 'Danke!' }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(view.isReadable()).toBe(true);
  });

  it('say "can’t read this draft" when Gmail’s editor is not found', async () => {
    const { badge, panelRoot } = attach('new-message', () => {
      const editor = document.querySelector('[g_editable]')!;
      editor.removeAttribute('g_editable');
      editor.removeAttribute('role');
      editor.className = 'renamed';
    });
    await vi.waitFor(() => expect(badge().getAttribute('data-state')).toBe('unreadable'), PATIENT);
    expect(badge().textContent).toContain("can't read this draft");
    expect(badge().hasAttribute('data-verdict')).toBe(false);
    expect(panelRoot()!.getAttribute('data-status')).toBe('error');
  });
});
