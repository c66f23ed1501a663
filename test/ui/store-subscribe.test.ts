// The panel re-renders from one subscription at its root (Panel.tsx): the store must call back on every
// change of what the panel shows, and stop after unsubscribing.
import { describe, expect, test } from 'vitest';
import { panelSettings } from '../../src/ui/settings';
import { createPanelStore } from '../../src/ui/store';
import { FakeHost } from './fake-host';

describe('PanelStore.subscribe', () => {
  test('calls back on each change of shown state, not on subscribing', () => {
    const store = createPanelStore(new FakeHost('Hallo'), panelSettings('de'));
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    expect(calls).toBe(0);
    store.notice.value = { type: 'copied' };
    store.checking.value = true;
    store.settings.value = panelSettings('en');
    expect(calls).toBe(3);
    unsubscribe();
    store.notice.value = null;
    expect(calls).toBe(3);
  });
});
