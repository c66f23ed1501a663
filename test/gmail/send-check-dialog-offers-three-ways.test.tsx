// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { showSendCheck } from '../../src/gmail/send-check-dialog';

const analysis = {
  verdict: 'chaser',
  language: 'de',
  findings: [
    {
      id: 'empty-chaser-phrase',
      severity: 'warn',
      message: '„Nachhaken“ sagt nur, dass Sie warten.',
      evidence: [],
    },
  ],
  suggestions: [
    { kind: 'abort', text: 'Hallo Herr Maier, ich schließe das Thema für jetzt ab.' },
    { kind: 'follow-up', text: 'Hallo Herr Maier, wie vereinbart …', recommended: true },
  ],
} as unknown as Analysis;

const dialog = () =>
  document
    .querySelector('[data-klarheit="send-check"]')
    ?.shadowRoot?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
const action = (name: string) =>
  dialog()?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`) ?? null;

afterEach(() => document.querySelector('[data-klarheit="send-check"]')?.remove());

describe('the send-check dialog', () => {
  it('explains in the rep’s language and offers review, the recommended insert and send anyway', async () => {
    showSendCheck(document, analysis, 'de', {
      review: vi.fn(),
      insert: vi.fn(async () => {}),
      sendAnyway: vi.fn(),
    });
    expect(dialog()!.getAttribute('data-verdict')).toBe('chaser');
    expect(dialog()!.textContent).toContain('Diese Erinnerung so senden?');
    expect(dialog()!.textContent).toContain('„Nachhaken“ sagt nur, dass Sie warten.');
    expect(action('review')!.textContent).toBe('Überarbeiten');
    expect(action('insert-recommended')!.getAttribute('data-kind')).toBe('follow-up');
    expect(action('send-anyway')!.textContent).toBe('Trotzdem senden');
    // Focus starts on Review, the safe choice: Enter from the Send shortcut never sends by accident.
    const shadow = document.querySelector('[data-klarheit="send-check"]')!.shadowRoot!;
    await vi.waitFor(() => expect(shadow.activeElement).toBe(action('review')));
  });

  it('sends anyway once and closes', async () => {
    const sendAnyway = vi.fn();
    showSendCheck(document, analysis, 'en', { review: vi.fn(), insert: vi.fn(async () => {}), sendAnyway });
    action('send-anyway')!.click();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(sendAnyway).toHaveBeenCalledTimes(1);
  });

  it('inserts the recommended suggestion, or says so and stays open when that fails', async () => {
    const insert = vi.fn(async () => {
      throw new Error('write-failed');
    });
    showSendCheck(document, analysis, 'en', { review: vi.fn(), insert });
    action('insert-recommended')!.click();
    await vi.waitFor(() => expect(dialog()!.querySelector('[role="alert"]')).not.toBeNull());
    expect(insert).toHaveBeenCalledWith(analysis.suggestions[1]);
    expect(dialog()!.textContent).toContain('Your draft is unchanged');
  });

  it('offers no "send anyway" in block mode, and Escape returns to the draft', async () => {
    const review = vi.fn();
    showSendCheck(document, analysis, 'en', { review, insert: vi.fn(async () => {}) });
    expect(action('send-anyway')).toBeNull();
    expect(dialog()!.textContent).toContain('change it first');
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(review).toHaveBeenCalledTimes(1);
  });
});
