// @vitest-environment jsdom
// mountPanel: the way the Outlook task pane and the Gmail extension put the panel on their page.
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { mountPanel } from '../../src/ui/mount';
import { panelSettings } from '../../src/ui/settings';
import { FakeHost } from './fake-host';
import { waitFor } from './wait-for';

const settings = panelSettings('de');

test('in a shadow root the style goes into that root, once, and never into the page', async () => {
  const hostElement = document.createElement('div');
  document.body.appendChild(hostElement);
  const shadow = hostElement.attachShadow({ mode: 'open' });
  const first = mountPanel(shadow, { host: new FakeHost('Hallo'), settings });
  const second = mountPanel(shadow, { host: new FakeHost('Hallo'), settings });
  expect(shadow.querySelectorAll('style[data-klarheit-panel-style]')).toHaveLength(1);
  expect(document.head.querySelector('style[data-klarheit-panel-style]')).toBeNull();
  await waitFor(() => expect(shadow.querySelectorAll('.kh-panel[data-status="ready"]')).toHaveLength(2));
  first.unmount();
  second.unmount();
  expect(shadow.querySelector('.kh-panel')).toBeNull();
  hostElement.remove();
});

test('in a page element the style goes into the document head', async () => {
  const container = document.createElement('main');
  document.body.appendChild(container);
  const mounted = mountPanel(container, { host: new FakeHost(''), settings });
  expect(document.head.querySelector('style[data-klarheit-panel-style]')).not.toBeNull();
  await waitFor(() =>
    expect(container.querySelector('.kh-panel')?.getAttribute('data-status')).toBe('empty'),
  );
  await act(() => mounted.update({ host: new FakeHost(''), settings: panelSettings('en') }));
  await waitFor(() =>
    expect(container.querySelector('[data-state="empty"]')?.textContent).toContain('As soon as you write'),
  );
  mounted.unmount();
  container.remove();
});
