// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposeRoots } from '../../src/gmail/compose-watcher';
import { GmailCompose } from '../../src/gmail/gmail-compose';
import { HostError } from '../../src/ui/host';
import { type GmailFixture, loadGmailFixture } from './load-fixture';

function onlyCompose(name: GmailFixture): GmailCompose {
  const roots = [...findComposeRoots(loadGmailFixture(name))];
  expect(roots).toHaveLength(1);
  return new GmailCompose(roots[0]);
}

describe('GmailCompose reads every kind of compose', () => {
  it('a new message in the compose dialog: subject, recipients chips, sender, body with signature', () => {
    const compose = onlyCompose('new-message');
    expect(compose.composeKind).toBe('dialog');
    expect(compose.displayLanguage()).toBe('en');
    const draft = compose.snapshot();
    expect(draft.subject).toBe('Unser Angebot vom 3. November');
    expect(draft.to).toEqual([{ name: 'Thomas Maier', email: 't.maier@kunde-gmbh.de' }]);
    expect(draft.from).toEqual({ name: 'Robin Rep', email: 'rep@klarheit-demo.de' });
    expect(draft.format).toBe('html');
    expect(draft.body).toContain('ich wollte nur kurz nachhaken');
    expect(draft.body).toContain('data-smartmail="gmail_signature"');
    expect(draft.body).not.toContain('gmail_quote');
  });

  it('an inline reply with the quote expanded: the quote comes from the editor, not rebuilt', () => {
    const compose = onlyCompose('inline-reply-quoted');
    expect(compose.composeKind).toBe('inline-reply');
    const draft = compose.snapshot();
    expect(draft.subject).toBe('Re: Angebot Website-Relaunch');
    expect(draft.to).toEqual([{ name: 'Sarah Klein', email: 's.klein@agentur-nord.de' }]);
    expect(draft.body.match(/class="gmail_attr"/g)).toHaveLength(1);
    expect(draft.body).toContain('as discussed on the phone');
  });

  it('an inline reply with the quote trimmed: the thread is rebuilt from the conversation, newest first', () => {
    const compose = onlyCompose('inline-reply-trimmed');
    expect(compose.composeKind).toBe('inline-reply');
    const draft = compose.snapshot();
    expect(draft.subject).toBe('Proposal for Q1 training');
    expect(draft.from).toEqual({ email: 'rep@klarheit-demo.de' });
    const attributions = [...draft.body.matchAll(/class="gmail_attr">([^<]*)</g)].map((m) => m[1]);
    expect(attributions).toEqual([
      'On Mon, Oct 27, 2026, 8:15 AM, Robin Rep &#60;rep@klarheit-demo.de&#62; wrote:',
      'On Thu, Oct 16, 2026, 2:40 PM, Robin Rep &#60;rep@klarheit-demo.de&#62; wrote:',
      'On Tue, Oct 14, 2026, 9:03 AM, Jamie Baker &#60;j.baker@northwind.example&#62; wrote:',
    ]);
    // The new text stays first and untouched; message bodies keep their line breaks.
    expect(draft.body.startsWith('<div dir="ltr">Hi Jamie,')).toBe(true);
    expect(draft.body).toContain('Hi Robin,<br>could you send me a proposal');
  });

  it('a pop-out window: no dialog, no conversation, older recipient chips', () => {
    const compose = onlyCompose('popout');
    expect(compose.composeKind).toBe('window');
    const draft = compose.snapshot();
    expect(draft.subject).toBe('Next step for the pilot');
    expect(draft.to).toEqual([{ name: 'Anna Berg', email: 'anna.berg@berg-logistik.example' }]);
    expect(draft.body).not.toContain('gmail_quote');
  });

  it('a German Gmail: found without any English label, recipients from the hidden To field', () => {
    const compose = onlyCompose('german-ui');
    expect(compose.displayLanguage()).toBe('de');
    const draft = compose.snapshot();
    expect(draft.locale).toBe('de');
    expect(draft.subject).toBe('Re: Ihr Angebot Wartungsvertrag');
    expect(draft.to).toEqual([
      { name: 'Petra Vogel', email: 'p.vogel@vogel-bau.example' },
      { name: 'Maier, Jan', email: 'j.maier@vogel-bau.example' },
    ]);
    expect(draft.from).toEqual({ email: 'vertrieb@klarheit-demo.de' });
    expect(draft.body).toContain('schrieb Robin Rep');
    const send = document.querySelector('.aoO')!;
    expect(compose.isSendButton(send)).toBe(true);
    expect(compose.isSendButton(document.querySelector('[aria-label="Weitere Sendeoptionen"]'))).toBe(false);
  });

  it('read() resolves to the same draft as snapshot()', async () => {
    const compose = onlyCompose('popout');
    await expect(compose.read()).resolves.toEqual(compose.snapshot());
  });
});

describe('a selector miss degrades to "cannot read this draft", never to a broken compose', () => {
  it('finds the compose by its Send button when the editor is unrecognisable, and says it cannot read it', () => {
    loadGmailFixture('new-message');
    const editor = document.querySelector('[g_editable]')!;
    editor.removeAttribute('g_editable');
    editor.removeAttribute('role');
    editor.className = 'renamed';
    const roots = [...findComposeRoots(document)];
    expect(roots).toHaveLength(1);
    const compose = new GmailCompose(roots[0]);
    expect(compose.isReadable()).toBe(false);
    expect(() => compose.snapshot()).toThrow(HostError);
    return expect(compose.insert({ kind: 'follow-up', text: 'x' })).rejects.toMatchObject({
      code: 'write-failed',
    });
  });

  it('falls back along the editor chain: class names, then the ARIA textbox', () => {
    loadGmailFixture('german-ui');
    const editor = document.querySelector<HTMLElement>('[g_editable]')!;
    editor.removeAttribute('g_editable');
    expect(new GmailCompose([...findComposeRoots(document)][0]).snapshot().body).toContain('nachhaken');
    editor.className = '';
    expect(new GmailCompose([...findComposeRoots(document)][0]).snapshot().body).toContain('nachhaken');
  });

  it('finds the compose of an unknown layout as the nearest ancestor holding an editor and a Send button', () => {
    loadGmailFixture('new-message');
    document.querySelector('[role="dialog"]')!.removeAttribute('role');
    document.querySelector('.M9')!.classList.remove('M9');
    const roots = [...findComposeRoots(document)];
    expect(roots).toHaveLength(1);
    expect(roots[0].querySelector('[g_editable]')).not.toBeNull();
    expect(roots[0].querySelector('.aoO')).not.toBeNull();
    expect(new GmailCompose(roots[0]).snapshot().subject).toBe('Unser Angebot vom 3. November');
  });
});
