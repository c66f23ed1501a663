// @vitest-environment jsdom
// The panel with the real engine: an obvious chaser must come out as one, with its phrases quoted.
import { expect, test } from 'vitest';
import { mountPanel } from '../../src/ui/mount';
import { panelSettings } from '../../src/ui/settings';
import { FakeHost } from './fake-host';
import { waitFor } from './wait-for';

test('an obvious German chaser is flagged, each quote is highlighted, each suggestion insertable', async () => {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const host = new FakeHost(
    'Hallo Herr Maier,\n\nich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?\n\nViele Grüße\nJana Krüger',
  );
  const mounted = mountPanel(container, { host, settings: panelSettings('de') });
  await waitFor(() =>
    expect(container.querySelector('.kh-panel')?.getAttribute('data-verdict')).toBe('chaser'),
  );
  const quotes = [...container.querySelectorAll<HTMLElement>('.kh-quote')].map((q) => q.dataset.evidence);
  const marks = [...container.querySelectorAll('.kh-excerpt mark')].map((m) => m.textContent ?? '');
  for (const quote of quotes) expect(marks.some((mark) => mark.includes(quote ?? ''))).toBe(true);
  for (const card of container.querySelectorAll<HTMLElement>('.kh-suggestion')) {
    expect(card.querySelector('[data-action^="insert-"]')).not.toBeNull();
  }
  mounted.unmount();
  container.remove();
});
