// OutlookDraft: the Office.js callbacks behind the panel's promise API, against the fake Office host.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../src/core/types';
import { OutlookDraft } from '../../src/outlook/outlook-draft';
import { HostError } from '../../src/ui/host';
import { createFakeOffice, type FakeOfficeState, repoRoot } from './helpers';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/outlook', name), 'utf8');

/** Where each client's quoted thread begins in its reply fixture. */
const REPLIES = [
  { client: 'Outlook on the web', file: 'owa-reply-de.html', thread: '<div id="appendonsend"></div>' },
  {
    client: 'classic Outlook for Windows (Word HTML)',
    file: 'classic-windows-reply-de.html',
    thread: "<div style='border:none;border-top:solid #E1E1E1",
  },
  {
    client: 'Outlook for Mac',
    file: 'mac-reply-en.html',
    thread: '<div id="mail-editor-reference-message-container">',
  },
];

const FOLLOW_UP: Suggestion = {
  kind: 'follow-up',
  text: 'Hallo Herr Maier,\n\nwie am Montag besprochen, melde ich mich zu unserem Angebot.\n\nViele Grüße\nLena Vogt',
  html: '<p>Hallo Herr Maier,</p><p>wie am Montag besprochen, melde ich mich zu unserem Angebot.</p><p>Viele Grüße<br>Lena Vogt</p>',
};

function draftOn(state: Partial<FakeOfficeState>) {
  const office = createFakeOffice({ subject: 'AW: Angebot', body: '', bodyType: 'html', ...state });
  return { office, state: office.__state, draft: new OutlookDraft(office, { pollMs: 5 }) };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a HostError');
    },
    (error: unknown) => error as HostError,
  );

describe('read', () => {
  it('returns subject, HTML body with the whole thread, recipients, sender and display language', async () => {
    const body = fixture('owa-reply-de.html');
    const { draft, state } = draftOn({
      body,
      displayLanguage: 'de-AT',
      to: [{ displayName: 'Thomas Maier', emailAddress: 't.maier@maier-bau.de' }],
    });
    expect(await draft.read()).toEqual({
      subject: 'AW: Angebot',
      body,
      format: 'html',
      from: { name: 'Lena Vogt', email: 'lena.vogt@example.com' },
      to: [{ name: 'Thomas Maier', email: 't.maier@maier-bau.de' }],
      locale: 'de-AT',
    });
    expect(state.lastGetOptions).toEqual({ bodyMode: 0 });
    expect(draft.displayLanguage()).toBe('de');
  });

  it('reads a plain-text draft as text', async () => {
    const { draft } = draftOn({
      body: 'Hi Sarah,\n\njust checking in.',
      bodyType: 'text',
      displayLanguage: 'fr-FR',
    });
    expect(await draft.read()).toMatchObject({ body: 'Hi Sarah,\n\njust checking in.', format: 'text' });
    expect(draft.displayLanguage()).toBe('en');
  });

  it('still reads the draft when the recipients cannot be read', async () => {
    const { draft } = draftOn({ body: '<p>Hallo</p>', fail: { 'to.getAsync': 'denied' } });
    expect((await draft.read()).to).toEqual([]);
  });

  it('turns failed and throwing Office calls into read-failed', async () => {
    const failed = await failure(
      draftOn({ body: 'x', fail: { 'body.getAsync': 'Item is busy' } }).draft.read(),
    );
    expect(failed).toBeInstanceOf(HostError);
    expect(failed).toMatchObject({ code: 'read-failed', message: 'Item is busy' });
    const thrown = await failure(
      draftOn({ body: 'x', throws: { 'body.getTypeAsync': 'not here' } }).draft.read(),
    );
    expect(thrown).toMatchObject({ code: 'read-failed' });
  });

  it('says "not in a draft" when the pinned pane shows no compose item', async () => {
    expect(await failure(draftOn({ body: '', noItem: true }).draft.read())).toMatchObject({
      code: 'not-in-host',
    });
  });
});

describe('insert', () => {
  it.each(REPLIES)(
    'replaces the new text in a reply from $client and keeps the thread byte for byte',
    async ({ file, thread }) => {
      const original = fixture(file);
      const keptThread = original.slice(original.indexOf(thread));
      const { draft, state } = draftOn({ body: original, composeType: 'reply' });

      expect(await draft.insert(FOLLOW_UP)).toEqual({ mode: 'replaced' });
      expect(state.body.endsWith(keptThread)).toBe(true);
      expect(state.body).toContain(FOLLOW_UP.html);
      expect(state.body).not.toMatch(/nachhaken|checking in/);
      expect(state.lastSetOptions).toEqual({ coercionType: 'html', bodyMode: 0 });
    },
  );

  it('writes text into a plain-text draft', async () => {
    const original =
      'Hallo Herr Maier,\n\nwollte nur kurz nachhaken.\n\n-----Ursprüngliche Nachricht-----\nVon: Lena Vogt';
    const { draft, state } = draftOn({ body: original, bodyType: 'text', composeType: 'reply' });
    expect(await draft.insert(FOLLOW_UP)).toEqual({ mode: 'replaced' });
    expect(state.body.startsWith(FOLLOW_UP.text)).toBe(true);
    expect(state.body.endsWith('-----Ursprüngliche Nachricht-----\nVon: Lena Vogt')).toBe(true);
  });

  it('inserts at the cursor in a reply whose thread it cannot find, keeping every byte of the draft', async () => {
    const original =
      '<html><body><p>wollte nur kurz nachhaken</p><p>Thomas hat geschrieben: passt</p></body></html>';
    const { draft, state } = draftOn({ body: original, composeType: 'reply', cursor: 12 });
    expect(await draft.insert(FOLLOW_UP)).toEqual({ mode: 'inserted-at-cursor' });
    expect(state.body).toBe(original.slice(0, 12) + FOLLOW_UP.html + original.slice(12));
    expect(state.calls).not.toContain('body.setAsync');
  });

  it('treats an "AW:" subject as a reply when the client cannot tell the compose type', async () => {
    const original = '<p>wollte nur kurz nachhaken</p>';
    const { draft } = draftOn({ body: original, subject: 'AW: Angebot', mailboxVersion: '1.9' });
    expect(await draft.insert(FOLLOW_UP)).toEqual({ mode: 'inserted-at-cursor' });
  });

  it('replaces everything in a new email that has no signature or thread', async () => {
    const { draft, state } = draftOn({
      body: '<html><body><p>just checking in</p></body></html>',
      composeType: 'newMail',
    });
    expect(await draft.insert(FOLLOW_UP)).toEqual({ mode: 'replaced' });
    expect(state.body).toBe(`<html><body>${FOLLOW_UP.html}</body></html>`);
  });

  it('falls back to the cursor when replacing fails, and reports write-failed when that fails too', async () => {
    const original = fixture('owa-reply-de.html');
    const fallback = draftOn({ body: original, composeType: 'reply', fail: { 'body.setAsync': 'denied' } });
    expect(await fallback.draft.insert(FOLLOW_UP)).toEqual({ mode: 'inserted-at-cursor' });
    expect(fallback.state.body).toContain(original.slice(original.indexOf('<body dir="ltr">') + 16));

    const broken = draftOn({
      body: original,
      composeType: 'reply',
      fail: { 'body.setAsync': 'denied', 'body.setSelectedDataAsync': 'denied' },
    });
    expect(await failure(broken.draft.insert(FOLLOW_UP))).toMatchObject({ code: 'write-failed' });
    expect(broken.state.body).toBe(original);
  });
});

describe('composeType', () => {
  it('maps Outlook’s compose types and falls back to unknown', async () => {
    expect(await draftOn({ body: '', composeType: 'forward' }).draft.composeType()).toBe('forward');
    expect(await draftOn({ body: '', composeType: 'somethingNew' }).draft.composeType()).toBe('unknown');
    expect(await draftOn({ body: '', fail: { getComposeTypeAsync: 'x' } }).draft.composeType()).toBe(
      'unknown',
    );
  });
});

describe('onChange', () => {
  it('reports edits found by polling, a switched item and changed recipients; unsubscribing stops all', async () => {
    const { draft, state, office } = draftOn({ body: '<p>Hallo</p>' });
    const changed = vi.fn();
    const unsubscribe = draft.onChange(changed);
    await vi.waitFor(() =>
      expect(state.calls!.filter((c) => c === 'body.getAsync').length).toBeGreaterThan(1),
    );
    expect(changed).not.toHaveBeenCalled();

    state.body = '<p>Hallo Herr Maier, ich wollte nur kurz nachhaken</p>';
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));

    office.__fire('item', office.EventType.RecipientsChanged);
    expect(changed).toHaveBeenCalledTimes(2);
    office.__fire('mailbox', office.EventType.ItemChanged);
    expect(changed).toHaveBeenCalledTimes(3);
    expect(state.calls!.filter((c) => c === 'item.addHandlerAsync')).toHaveLength(2);

    unsubscribe();
    expect(state.handlers).toEqual({ mailbox: {}, item: {} });
    await new Promise((r) => setTimeout(r, 20)); // a poll already under way may finish its read
    const reads = state.calls!.filter((c) => c === 'body.getAsync').length;
    state.body = '<p>changed again</p>';
    await new Promise((r) => setTimeout(r, 40));
    expect(state.calls!.filter((c) => c === 'body.getAsync').length).toBe(reads);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});
