// @vitest-environment jsdom
// The playground's DraftHost: the page's fields are the draft; Insert keeps signature and thread.
import { describe, expect, test, vi } from 'vitest';
import { examples } from '../../src/playground/examples';
import { htmlToText, textToHtml } from '../../src/playground/format';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';
import { createPlaygroundState } from '../../src/playground/state';

const germanChaser = examples.find((e) => e.id === 'de-chaser')!;

describe('PlaygroundHost', () => {
  test('reads the subject, body and format the page shows', async () => {
    const state = createPlaygroundState('de');
    const draft = await new PlaygroundHost(state).read();
    expect(draft).toMatchObject({ subject: germanChaser.subject, body: germanChaser.body, format: 'text' });
    expect(new PlaygroundHost(state).displayLanguage()).toBe('de');
  });

  test('reports edits, but not its own subscription, and stops when unsubscribed', () => {
    const state = createPlaygroundState('en');
    const changed = vi.fn();
    const stop = new PlaygroundHost(state).onChange(changed);
    expect(changed).not.toHaveBeenCalled();
    state.body.value = 'Just checking in';
    state.subject.value = 'Re: proposal';
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    state.body.value = 'Any updates?';
    expect(changed).toHaveBeenCalledTimes(2);
  });

  test('Insert replaces the new text and keeps the signature and the quoted thread', async () => {
    const state = createPlaygroundState('de');
    const host = new PlaygroundHost(state);
    const result = await host.insert({
      kind: 'abort',
      text: 'Hallo Herr Maier,\n\nich schließe das Thema ab.',
    });
    expect(result.mode).toBe('replaced');
    expect(state.body.value.startsWith('Hallo Herr Maier,\n\nich schließe das Thema ab.')).toBe(true);
    expect(state.body.value).not.toContain('nur kurz nachhaken');
    const thread = germanChaser.body.slice(germanChaser.body.indexOf('Am 17.11.2026'));
    expect(state.body.value.endsWith(thread)).toBe(true);
  });
});

test('Insert in an HTML draft keeps the gmail_quote thread byte for byte', async () => {
  const state = createPlaygroundState('de');
  state.switchFormat('html');
  const thread = state.body.value.slice(state.body.value.indexOf('<div class="gmail_quote">'));
  await new PlaygroundHost(state).insert({
    kind: 'follow-up',
    text: 'Hallo Herr Maier,\n\nwie vereinbart …',
  });
  expect(state.body.value).toContain('<div>wie vereinbart …</div>');
  expect(state.body.value).not.toContain('nachhaken');
  expect(state.body.value.endsWith(thread)).toBe(true);
});

describe('HTML/text switch', () => {
  test('text becomes Gmail-like HTML with the thread in a gmail_quote', () => {
    const html = textToHtml(germanChaser.body);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('.gmail_attr')?.textContent).toContain('schrieb Jana Krüger');
    expect(doc.querySelector('blockquote.gmail_quote')?.textContent).toContain(
      'noch einmal wegen unseres Angebots',
    );
    expect(doc.body.firstElementChild?.textContent).toBe('Hallo Herr Maier,');
    expect(html).toContain('&lt;j.krueger@nordlicht-facility.example&gt;');
  });

  test('and back to text with the thread quoted again', () => {
    const text = htmlToText(textToHtml(germanChaser.body));
    expect(text.startsWith('Hallo Herr Maier,\n\nich wollte nur kurz nachhaken')).toBe(true);
    expect(text).toContain('> ich wollte mich noch einmal wegen unseres Angebots melden.');
    expect(text).toContain('>> anbei erhalten Sie unser Angebot');
  });

  test('switching keeps the draft meaningful both ways', () => {
    const state = createPlaygroundState('en');
    state.switchFormat('html');
    expect(state.format.value).toBe('html');
    expect(state.body.value).toContain('<blockquote class="gmail_quote">');
    state.switchFormat('text');
    expect(state.body.value).toContain('> Just following up on my last email.');
  });
});
