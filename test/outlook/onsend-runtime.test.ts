// The built on-send bundle (dist/web/outlook/onsend.js) as classic Outlook runs it: a DOM-free
// JavaScript runtime with an Office global. A node:vm context has no window or document, so any DOM
// access fails here as it would there.
import vm from 'node:vm';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ON_SEND_FUNCTION_NAME } from '../../src/outlook/send-check';
import { SETTINGS_KEY } from '../../src/outlook/settings';
import { createFakeOffice, ensureOutlookBuild, type FakeOfficeState, readBuilt } from './helpers';

let bundle: string;
beforeAll(() => {
  ensureOutlookBuild(['onsend.js']);
  bundle = readBuilt('onsend.js');
});

const CHASER_DE =
  '<html><body><p>Hallo Herr Maier,</p><p>ich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?</p><p>Viele Grüße<br>Lena Vogt</p></body></html>';
const CHASER_EN = 'Hi Sarah,\n\nJust checking in on the proposal I sent last week – any news?\n\nBest,\nLena';
const NOT_A_REMINDER =
  '<html><body><p>Hallo Frau Berg,</p><p>anbei wie gewünscht die Rechnung Nr. 2026-114 für den Workshop vom 12. November.</p><p>Viele Grüße<br>Lena Vogt</p></body></html>';
const FOLLOW_UP =
  '<html><body><p>Hallo Herr Maier,</p><p>wie am Dienstag vereinbart, schicke ich Ihnen anbei die überarbeitete Kalkulation mit dem Rabatt für 50 Lizenzen. Passt Ihnen ein kurzes Telefonat am Donnerstag, 4. Dezember, um 10 Uhr, damit wir die Entscheidung abschließen?</p><p>Viele Grüße<br>Lena Vogt</p></body></html>';

interface Outcome {
  options: Office.SmartAlertsEventCompletedOptions;
  calls: number;
  ms: number;
}

/** Loads the bundle into a fresh DOM-less context and sends one draft through the handler. */
function send(state: Partial<FakeOfficeState>, options: { breakOffice?: boolean } = {}): Promise<Outcome> {
  const office = createFakeOffice({ subject: 'Angebot', bodyType: 'html', body: '', ...state });
  const context = vm.createContext({ Office: office, setTimeout, clearTimeout, console });
  vm.runInContext(bundle, context, { filename: 'onsend.js' });
  const handler = office.__state.associated![ON_SEND_FUNCTION_NAME];
  if (options.breakOffice) (office.context as { mailbox: unknown }).mailbox = undefined;
  const started = Date.now();
  return new Promise((resolve) => {
    let calls = 0;
    let first: Office.SmartAlertsEventCompletedOptions | undefined;
    handler({
      completed(result: Office.SmartAlertsEventCompletedOptions) {
        calls++;
        first ??= result;
        // Give a second (wrong) completion a moment to show up before answering.
        setTimeout(() => resolve({ options: first!, calls, ms: Date.now() - started }), 20);
      },
    });
  });
}

describe('the built onsend.js', () => {
  it('parses as ES2016 (classic Outlook’s JavaScript-only runtime)', () => {
    expect(() => parse(bundle, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('registers exactly the handler the manifest names', () => {
    const office = createFakeOffice({ body: '', bodyType: 'text' });
    vm.runInContext(bundle, vm.createContext({ Office: office, setTimeout, clearTimeout }));
    expect(Object.keys(office.__state.associated!)).toEqual([ON_SEND_FUNCTION_NAME]);
  });

  it('stops a German chaser with the reason in the rep’s language and a way to the task pane', async () => {
    const { options, calls } = await send({ body: CHASER_DE, displayLanguage: 'de-DE' });
    expect(calls).toBe(1);
    expect(options).toMatchObject({ allowEvent: false, commandId: 'KlarheitComposeButton' });
    expect(options.errorMessage).toMatch(/^Klarheit: Diese E-Mail fasst nur nach/);
  });

  it('stops an English plain-text chaser and follows a language override from the roaming settings', async () => {
    const { options } = await send({
      body: CHASER_EN,
      bodyType: 'text',
      displayLanguage: 'en-GB',
      roaming: { [SETTINGS_KEY]: { uiLanguage: 'de' } },
    });
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain('fasst nur nach');
  });

  it('uses only what the client supports (Mailbox 1.12: no dialog button, no Markdown)', async () => {
    const { options } = await send({ body: CHASER_DE, mailboxVersion: '1.12' });
    expect(Object.keys(options).sort()).toEqual(['allowEvent', 'errorMessage']);
  });

  it.each([
    ['a non-reminder', NOT_A_REMINDER],
    ['a defined follow-up', FOLLOW_UP],
  ])('sends %s', async (_name, body) => {
    expect((await send({ body })).options).toEqual({ allowEvent: true });
  });

  it('sends a chaser when the rep switched the check off', async () => {
    const { options } = await send({ body: CHASER_DE, roaming: { [SETTINGS_KEY]: { onSendMode: 'off' } } });
    expect(options).toEqual({ allowEvent: true });
  });

  it('sends the mail when reading the draft fails', async () => {
    const { options, calls } = await send({ body: CHASER_DE, fail: { 'body.getAsync': 'Item is busy' } });
    expect(options).toEqual({ allowEvent: true });
    expect(calls).toBe(1);
  });

  it('sends the mail when an Office API throws', async () => {
    expect((await send({ body: CHASER_DE, throws: { 'body.getTypeAsync': 'boom' } })).options).toEqual({
      allowEvent: true,
    });
    expect((await send({ body: CHASER_DE }, { breakOffice: true })).options).toEqual({ allowEvent: true });
  });

  it('answers "send" before Smart Alerts’ 5 s when Outlook never calls back', async () => {
    const { options, ms } = await send({ body: CHASER_DE, latencyMs: 60_000 });
    expect(options).toEqual({ allowEvent: true });
    expect(ms).toBeLessThan(5000);
  }, 10_000);
});
