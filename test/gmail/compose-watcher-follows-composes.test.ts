// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { SCAN_INTERVAL_MS, watchComposes } from '../../src/gmail/compose-watcher';
import { fixtureHtml, loadGmailFixture } from './load-fixture';

const settle = () => new Promise((resolve) => setTimeout(resolve, SCAN_INTERVAL_MS + 20));

/** The compose dialog of a snapshot, as Gmail inserts it when the rep clicks Compose. */
function composeDialogFrom(name: 'new-message' | 'german-ui'): HTMLElement {
  const doc = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  return document.importNode(doc.querySelector<HTMLElement>('[role="dialog"]')!, true);
}

describe('the compose watcher', () => {
  it('reports composes already open, ones Gmail adds later, and ones it closes', async () => {
    loadGmailFixture('inline-reply-quoted');
    const opened = vi.fn();
    const closed = vi.fn();
    const stop = watchComposes(document, { opened, closed });
    expect(opened).toHaveBeenCalledTimes(1);

    const dialog = composeDialogFrom('new-message');
    document.body.append(dialog);
    await settle();
    expect(opened).toHaveBeenCalledTimes(2);
    expect(opened.mock.calls[1][0]).toBe(dialog);

    // Typing (many mutations) does not re-report the same compose.
    dialog.querySelector('[g_editable]')!.append(document.createElement('div'));
    await settle();
    expect(opened).toHaveBeenCalledTimes(2);

    dialog.remove();
    await settle();
    expect(closed).toHaveBeenCalledWith(dialog);

    stop();
    expect(closed).toHaveBeenCalledTimes(2);
  });

  it('finds two composes open side by side as two', async () => {
    loadGmailFixture('inline-reply-trimmed');
    const opened = vi.fn();
    watchComposes(document, { opened, closed: () => {} });
    document.body.append(composeDialogFrom('german-ui'));
    await settle();
    expect(opened).toHaveBeenCalledTimes(2);
    expect(new Set(opened.mock.calls.map((call) => call[0])).size).toBe(2);
  });
});
