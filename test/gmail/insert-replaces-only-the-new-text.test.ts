// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposeRoots } from '../../src/gmail/compose-watcher';
import { GmailCompose } from '../../src/gmail/gmail-compose';
import { textToEditorHtml } from '../../src/gmail/write-new-text';
import { type GmailFixture, loadGmailFixture } from './load-fixture';

const followUp = {
  kind: 'follow-up' as const,
  text: 'Hallo Herr Maier,\n\nwie am 3. November vereinbart: passt Ihnen Donnerstag, 10 Uhr, für 15 Minuten?\n\nViele Grüße\nRobin Rep',
  recommended: true,
};

function openCompose(name: GmailFixture) {
  loadGmailFixture(name);
  const compose = new GmailCompose([...findComposeRoots(document)][0]);
  const editor = document.querySelector<HTMLElement>('[g_editable]')!;
  return { compose, editor };
}

const textOf = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('Insert puts the suggestion in place of the new text and keeps everything after it', () => {
  it.each<GmailFixture>(['inline-reply-quoted', 'german-ui'])(
    '%s: the quoted thread survives unchanged',
    async (fixture) => {
      const { compose, editor } = openCompose(fixture);
      const quoteBefore = textOf('.gmail_quote');
      const inputs = vi.fn();
      editor.addEventListener('input', inputs);

      await expect(compose.insert(followUp)).resolves.toEqual({ mode: 'replaced' });

      expect(textOf('.gmail_quote')).toEqual(quoteBefore);
      expect(editor.textContent).toContain('wie am 3. November vereinbart');
      expect(editor.textContent).not.toMatch(/nachhaken|checking in/);
      // The suggestion comes first, the quote after it.
      expect(editor.firstElementChild?.textContent).toBe('Hallo Herr Maier,');
      expect(inputs).toHaveBeenCalledTimes(1);
    },
  );

  it('a new message: the signature stays below the inserted text', async () => {
    const { compose, editor } = openCompose('new-message');
    const signature = textOf('[data-smartmail="gmail_signature"]');
    await compose.insert(followUp);
    expect(textOf('[data-smartmail="gmail_signature"]')).toEqual(signature);
    expect(textOf('.gmail_signature_prefix')).toEqual(['-- ']);
    expect(editor.textContent).not.toContain('nachhaken');
    expect(editor.textContent!.indexOf('vereinbart')).toBeLessThan(
      editor.textContent!.indexOf('+49 30 1234567'),
    );
  });

  it('a trimmed inline reply: the whole editor is new text and is replaced', async () => {
    const { compose, editor } = openCompose('inline-reply-trimmed');
    await compose.insert({ kind: 'abort', text: 'Hi Jamie,\nI will close this for now.' });
    expect(editor.innerHTML).toBe('<div>Hi Jamie,</div><div>I will close this for now.</div>');
    // The "…" toggle for the hidden quote is outside the editor and still there.
    expect(document.querySelector('.ajR')).not.toBeNull();
  });

  it('uses the editor input path (insertHTML on a selection of the new text) where the browser has it', async () => {
    const { compose, editor } = openCompose('inline-reply-quoted');
    const calls: { command: string; html: string; selected: string }[] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, html: string) => {
        calls.push({ command, html, selected: document.getSelection()!.toString() });
        return false;
      },
    });
    await compose.insert(followUp);
    expect(calls).toHaveLength(1);
    expect(calls[0].command).toBe('insertHTML');
    expect(calls[0].selected).toContain('just checking in on the proposal');
    expect(calls[0].selected).not.toContain('as discussed on the phone');
    expect(calls[0].html).toBe(textToEditorHtml(followUp.text));
    expect(editor.textContent).toContain('vereinbart');
  });

  it('restores the draft and reports a write failure when the quote would not survive', async () => {
    const { compose, editor } = openCompose('inline-reply-quoted');
    const before = editor.innerHTML;
    // A browser whose insertHTML swallowed part of the quote.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        editor.querySelector('blockquote')!.remove();
        return true;
      },
    });
    await expect(compose.insert(followUp)).rejects.toMatchObject({ name: 'HostError', code: 'write-failed' });
    expect(editor.innerHTML).toBe(before);
  });

  it('escapes the suggestion: markup in it stays text', () => {
    expect(textToEditorHtml('a <b>&\n\nc')).toBe('<div>a &#60;b&#62;&#38;</div><div><br></div><div>c</div>');
  });
});

describe('a signature the rep typed by hand (no Gmail marker) is found by the engine and kept', () => {
  it('keeps a "--" signature typed below the sign-off', async () => {
    loadGmailFixture('popout');
    const editor = document.querySelector<HTMLElement>('[g_editable]')!;
    editor.innerHTML =
      '<div dir="ltr">Hi Anna,<div><br></div><div>just checking in on the pilot.</div><div><br></div><div>Best,</div><div>Robin</div><div><br></div><div>--</div><div>Robin Rep | Klarheit Demo GmbH</div><div>+49 30 1234567</div></div>';
    const compose = new GmailCompose([...findComposeRoots(document)][0]);
    await compose.insert({
      kind: 'abort',
      text: 'Hi Anna,\n\nI will close the pilot topic for now.\n\nBest,\nRobin',
    });
    expect(editor.textContent).toContain('I will close the pilot topic for now.');
    expect(editor.textContent).not.toContain('checking in');
    expect(editor.textContent!.endsWith('--Robin Rep | Klarheit Demo GmbH+49 30 1234567')).toBe(true);
  });

  it('keeps a signature that starts after a line break inside one block', async () => {
    loadGmailFixture('popout');
    const editor = document.querySelector<HTMLElement>('[g_editable]')!;
    editor.innerHTML =
      '<div dir="ltr">Hi Anna,<br><br>just checking in on the pilot.<br><br>Best,<br>Robin<br><br>--<br>Robin Rep | Klarheit Demo GmbH<br>+49 30 1234567</div>';
    const compose = new GmailCompose([...findComposeRoots(document)][0]);
    await compose.insert({ kind: 'abort', text: 'Hi Anna,\n\nI will close the pilot topic for now.' });
    expect(editor.textContent).not.toContain('checking in');
    expect(editor.textContent!.endsWith('--Robin Rep | Klarheit Demo GmbH+49 30 1234567')).toBe(true);
    expect(editor.textContent!.indexOf('close the pilot')).toBeLessThan(
      editor.textContent!.indexOf('--Robin'),
    );
  });

  it('puts the suggestion above the quote with a blank line when there is no new text yet', async () => {
    const { compose, editor } = openCompose('inline-reply-quoted');
    editor.firstElementChild!.replaceChildren(document.createElement('br'));
    const quote = textOf('.gmail_quote');
    await compose.insert({ kind: 'follow-up', text: 'Hi Sarah,\nshall we talk on Friday at 10:00?' });
    expect(
      editor.innerHTML.startsWith(
        '<div>Hi Sarah,</div><div>shall we talk on Friday at 10:00?</div><div><br></div>',
      ),
    ).toBe(true);
    expect(textOf('.gmail_quote')).toEqual(quote);
  });
});
