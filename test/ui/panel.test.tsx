// @vitest-environment jsdom
// The shared panel against a fake DraftHost: what the rep sees, and what each button does.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnalysisInput } from '../../src/core/types';
import type { PanelEvent } from '../../src/ui/events';
import { HostError } from '../../src/ui/host';
import { Panel } from '../../src/ui/Panel';
import { type PanelSettings, panelSettings } from '../../src/ui/settings';
import { chaserAnalysis, followUpAnalysis, noneAnalysis } from './analysis-fixtures';
import { FakeHost } from './fake-host';

const engine = vi.hoisted(() => ({ analyze: vi.fn() }));
vi.mock('../../src/core', () => engine);

const chaserBody =
  'Hallo Herr Maier,\n\nich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?';

let container: HTMLElement;
let events: PanelEvent[];

beforeEach(() => {
  engine.analyze.mockReset();
  engine.analyze.mockImplementation(({ body }: AnalysisInput) =>
    body.includes('nachhaken')
      ? chaserAnalysis(body)
      : body.includes('vereinbart')
        ? followUpAnalysis(body)
        : noneAnalysis(body),
  );
  container = document.createElement('div');
  document.body.appendChild(container);
  events = [];
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

/** Lets the host's promises resolve and Preact re-render. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

async function mount(host: FakeHost, settings: PanelSettings = panelSettings('de')) {
  await act(() => {
    render(<Panel host={host} settings={settings} onEvent={(e) => events.push(e)} />, container);
  });
  await settle();
  return container.querySelector<HTMLElement>('.kh-panel')!;
}

function button(action: string) {
  const found = container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!found) throw new Error(`no button ${action}`);
  return found;
}

async function click(action: string) {
  await act(() => button(action).click());
  await settle();
}

describe('showing the analysis', () => {
  test('marks the verdict on the root and explains it in the UI language', async () => {
    const panel = await mount(new FakeHost(chaserBody));
    expect(panel.dataset.verdict).toBe('chaser');
    expect(panel.dataset.status).toBe('ready');
    expect(panel.querySelector('.kh-verdict__label')?.textContent).toBe('Nachfassen ohne Klarheit');
    expect(panel.querySelector('.kh-verdict__explanation')?.textContent).toContain('keine Vereinbarung');
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Ergebnis: Nachfassen ohne Klarheit');
  });

  test('quotes each finding’s evidence and highlights it in the new text', async () => {
    const panel = await mount(new FakeHost(chaserBody));
    const finding = panel.querySelector('[data-finding="de.chaser.nachhaken"]')!;
    expect(finding.textContent).toContain('Leere Nachfass-Floskel');
    expect(finding.querySelector('.kh-quote')?.textContent).toBe('„wollte nur kurz nachhaken“');
    const marks = [...panel.querySelectorAll('.kh-excerpt mark')].map((m) => m.textContent);
    expect(marks).toEqual(['wollte nur kurz nachhaken']);
    expect(panel.querySelector('.kh-excerpt')?.textContent).toContain('Zeit hatten');
  });

  test('puts the recommended suggestion first, with Insert, Copy and Dismiss for each', async () => {
    const panel = await mount(new FakeHost(chaserBody));
    const cards = [...panel.querySelectorAll<HTMLElement>('.kh-suggestion')];
    expect(cards.map((c) => c.dataset.kind)).toEqual(['abort', 'follow-up']);
    expect(cards[0].querySelector('.kh-badge')?.textContent).toBe('Empfohlen');
    for (const action of [
      'insert-abort',
      'copy-abort',
      'dismiss-abort',
      'insert-follow-up',
      'copy-follow-up',
    ]) {
      expect(button(action).type).toBe('button');
    }
  });

  test('follows the UI language setting, not the email’s language', async () => {
    const panel = await mount(new FakeHost(chaserBody), panelSettings('en'));
    expect(panel.querySelector('.kh-verdict__label')?.textContent).toBe('Empty chaser');
    expect(button('insert-abort').textContent).toBe('Insert');
    expect(panel.querySelector('.kh-findings')?.getAttribute('lang')).toBe('de');
  });

  test('passes the abort threshold and a forced draft language to the engine', async () => {
    await mount(new FakeHost(chaserBody), { uiLanguage: 'de', abortThreshold: 3, draftLanguage: 'en' });
    expect(engine.analyze).toHaveBeenCalledWith(expect.objectContaining({ body: chaserBody, locale: 'de' }), {
      abortThreshold: 3,
      language: 'en',
    });
  });

  test('an empty draft shows a hint instead of a verdict', async () => {
    const panel = await mount(new FakeHost('  \n'));
    expect(panel.dataset.status).toBe('empty');
    expect(panel.querySelector('[data-state="empty"]')?.textContent).toContain(
      'Sobald Sie Ihre E-Mail schreiben',
    );
    expect(panel.querySelector('.kh-suggestion')).toBeNull();
    expect(events).toEqual([]);
  });
});

describe('actions', () => {
  test('Insert hands the suggestion to the host, reports it, and re-checks the draft', async () => {
    const host = new FakeHost(chaserBody);
    await mount(host);
    const readsBefore = host.reads;
    await click('insert-follow-up');
    expect(host.inserted.map((s) => s.kind)).toEqual(['follow-up']);
    expect(host.inserted[0].text).toContain('wie am 3. November vereinbart');
    const inserted = events.find((e) => e.action === 'inserted-follow-up');
    expect(inserted?.analysis.verdict).toBe('chaser');
    expect(inserted?.suggestionKind).toBe('follow-up');
    expect(host.reads).toBe(readsBefore + 1);
    const notice = container.querySelector<HTMLElement>('.kh-notice')!;
    expect(notice.dataset.notice).toBe('inserted-replaced');
    expect(notice.textContent).toContain('Signatur und Verlauf sind unverändert');
  });

  test('an insert at the cursor asks the rep to remove the old text', async () => {
    const host = new FakeHost(chaserBody);
    host.insertMode = 'inserted-at-cursor';
    await mount(host);
    await click('insert-abort');
    expect(events.map((e) => e.action)).toContain('inserted-abort');
    const notice = container.querySelector<HTMLElement>('.kh-notice')!;
    expect(notice.dataset.notice).toBe('inserted-inserted-at-cursor');
    expect(notice.textContent).toContain('bitte entfernen Sie Ihren alten Text');
  });

  test('a failed insert says the draft is unchanged and reports nothing', async () => {
    const host = new FakeHost(chaserBody);
    host.insertError = new HostError('write-failed', 'setAsync failed');
    await mount(host);
    await click('insert-abort');
    const notice = container.querySelector<HTMLElement>('.kh-notice')!;
    expect(notice.dataset.notice).toBe('insert-failed');
    expect(notice.textContent).toContain('Ihr Entwurf ist unverändert');
    expect(events.map((e) => e.action)).toEqual(['shown']);
    expect(container.querySelector('.kh-panel')?.getAttribute('data-verdict')).toBe('chaser');
  });

  test('Copy puts the suggestion text on the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount(new FakeHost(chaserBody));
    await click('copy-follow-up');
    expect(writeText).toHaveBeenCalledWith(chaserAnalysis().suggestions[0].text);
    expect(container.querySelector<HTMLElement>('.kh-notice')?.dataset.notice).toBe('copied');
  });

  test('Dismiss hides the suggestion, reports it, and it can be brought back', async () => {
    await mount(new FakeHost(chaserBody));
    await click('dismiss-abort');
    expect(container.querySelector('[data-action="insert-abort"]')).toBeNull();
    expect(events.at(-1)).toMatchObject({ action: 'dismissed', suggestionKind: 'abort' });
    await click('show-dismissed');
    expect(button('insert-abort')).toBeTruthy();
  });
});

test('later suggestions start shortened and expand on request; the first is always in full', async () => {
  const long = `Hallo Herr Maier,\n\n${'Ein Satz, der den Vorschlag länger macht. '.repeat(10)}\n\nViele Grüße`;
  engine.analyze.mockImplementation(({ body }: AnalysisInput) => {
    const analysis = chaserAnalysis(body);
    return { ...analysis, suggestions: analysis.suggestions.map((s) => ({ ...s, text: long })) };
  });
  const panel = await mount(new FakeHost(chaserBody));
  const texts = [...panel.querySelectorAll<HTMLElement>('.kh-suggestion__text')];
  expect(texts.map((t) => t.hasAttribute('data-collapsed'))).toEqual([false, true]);
  expect(texts[1].textContent).toBe(long);
  const toggle = button('toggle-text');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(toggle.getAttribute('aria-controls')).toBe(texts[1].id);
  await click('toggle-text');
  expect(texts[1].hasAttribute('data-collapsed')).toBe(false);
  expect(button('toggle-text').getAttribute('aria-expanded')).toBe('true');
});

describe('errors', () => {
  test('a host read error becomes a friendly message with a retry', async () => {
    const host = new FakeHost(chaserBody);
    host.readError = new HostError('read-failed', 'getAsync failed');
    const panel = await mount(host);
    expect(panel.dataset.status).toBe('error');
    expect(panel.dataset.verdict).toBeUndefined();
    expect(panel.querySelector('[data-state="error"]')?.textContent).toContain('konnte nicht gelesen werden');
    host.readError = null;
    await click('retry');
    expect(panel.dataset.verdict).toBe('chaser');
  });

  test('outside a mail client there is nothing to retry', async () => {
    const host = new FakeHost(chaserBody);
    host.readError = new HostError('not-in-host', 'no Office');
    const panel = await mount(host);
    expect(panel.querySelector<HTMLElement>('[data-state="error"]')?.dataset.error).toBe('not-in-host');
    expect(panel.querySelector('[data-action="retry"]')).toBeNull();
  });

  test('an engine failure is shown as a failed check, not a blank pane', async () => {
    engine.analyze.mockImplementation(() => {
      throw new Error('boom');
    });
    const panel = await mount(new FakeHost(chaserBody));
    expect(panel.querySelector<HTMLElement>('[data-state="error"]')?.dataset.error).toBe('analysis-failed');
  });
});

describe('re-analysis', () => {
  test('re-reads once, 400 ms after the rep stops typing', async () => {
    vi.useFakeTimers();
    const host = new FakeHost(chaserBody);
    const panel = await mount(host);
    const readsBefore = host.reads;
    host.type('Hallo Herr Maier, wie');
    await act(() => {
      vi.advanceTimersByTime(200);
    });
    host.type('Hallo Herr Maier, wie vereinbart');
    await act(() => {
      vi.advanceTimersByTime(399);
    });
    expect(host.reads).toBe(readsBefore);
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    await settle();
    expect(host.reads).toBe(readsBefore + 1);
    expect(panel.dataset.verdict).toBe('follow-up');
  });

  test('the re-check button analyses again', async () => {
    const host = new FakeHost(chaserBody);
    const panel = await mount(host);
    host.draft = { ...host.draft, body: 'Hallo, wie vereinbart …' };
    await click('recheck');
    expect(panel.dataset.verdict).toBe('follow-up');
  });

  test('"shown" is reported once per distinct verdict', async () => {
    vi.useFakeTimers();
    const host = new FakeHost(chaserBody);
    await mount(host);
    for (const body of [`${chaserBody} Danke.`, 'wie vereinbart', 'wie vereinbart, bis Freitag']) {
      host.type(body);
      await act(() => {
        vi.advanceTimersByTime(400);
      });
      await settle();
    }
    expect(events.map((e) => [e.action, e.analysis.verdict])).toEqual([
      ['shown', 'chaser'],
      ['shown', 'follow-up'],
    ]);
  });

  test('unmounting stops listening to the draft', async () => {
    const host = new FakeHost(chaserBody);
    await mount(host);
    expect(host.listenerCount).toBe(1);
    await act(() => render(null, container));
    expect(host.listenerCount).toBe(0);
  });
});
