// The built task pane in Debian Chromium. The office.js CDN address is routed to the fake Outlook host
// (fake-office.js, holding a reply draft from Outlook on the web), or to the real office.js from
// @microsoft/office-js, which runs outside Outlook. Nothing else may leave the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/outlook/settings';
import { launchChromium, seriousAxeFindings } from '../helpers/browser';
import { type StaticServer, serveStatic } from '../ui/static-server';
import { ensureOutlookBuild, type FakeOfficeState, repoRoot } from './helpers';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const officeJsDir = path.join(repoRoot, 'node_modules/@microsoft/office-js/dist');
const fakeOffice = readFileSync(path.join(repoRoot, 'test/outlook/fake-office.js'), 'utf8');
const owaReply = readFileSync(path.join(repoRoot, 'test/fixtures/outlook/owa-reply-de.html'), 'utf8');
const THREAD_START = '<div id="appendonsend"></div>';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureOutlookBuild(['taskpane.html', 'taskpane.js']);
  server = await serveStatic(path.join(repoRoot, 'dist/web'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the task pane with the CDN routed by `serveOffice`; everything else off-host is refused. */
async function openPane(
  serveOffice: (file: string) => { body: string } | null,
  locale = 'de-DE',
  serveOther: (url: string, postData: string | null) => { status: number; body: string } | null = () => null,
) {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, locale });
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    const served = url.startsWith(OFFICE_CDN) ? serveOffice(url.slice(OFFICE_CDN.length)) : null;
    if (served) return route.fulfill({ status: 200, contentType: 'text/javascript', body: served.body });
    const other = serveOther(url, route.request().postData());
    if (other) return route.fulfill({ ...other, contentType: 'application/json' });
    foreign.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}outlook/taskpane.html`);
  return { page, errors, foreign };
}

const withFakeOutlook = (state: FakeOfficeState) => (file: string) =>
  file === 'office.js'
    ? { body: `window.__fakeOfficeState = ${JSON.stringify(state)};\n${fakeOffice}` }
    : null;

const fakeState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeOfficeState: FakeOfficeState }).__fakeOfficeState);

describe('in Outlook (fake host)', () => {
  it('flags the chaser reply, inserts the recommended suggestion and keeps the thread byte for byte', async () => {
    const { page, errors, foreign } = await openPane(
      withFakeOutlook({
        subject: 'AW: Angebot Website-Relaunch',
        body: owaReply,
        bodyType: 'html',
        composeType: 'reply',
        displayLanguage: 'de-DE',
        to: [{ displayName: 'Thomas Maier', emailAddress: 't.maier@maier-bau.de' }],
      }),
    );
    await expect
      .poll(() => page.getAttribute('[data-verdict]', 'data-verdict'), { timeout: 15_000 })
      .toBe('chaser');
    expect(await page.textContent('.kh-panel')).toContain('nachhaken');
    expect(await seriousAxeFindings(page)).toEqual([]);

    const insert = page.locator('[data-action^="insert-"]').first();
    await insert.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await fakeState(page)).calls?.includes('body.setAsync')).toBe(true);

    const after = (await fakeState(page)).body;
    expect(after.endsWith(owaReply.slice(owaReply.indexOf(THREAD_START)))).toBe(true);
    expect(after).not.toContain('wollte nur kurz nachhaken');
    expect(await page.getAttribute('[data-notice]', 'data-notice')).toBe('inserted-replaced');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('follows the roaming settings (language, team stats) and stores changes there', async () => {
    const posted: string[] = [];
    const { page, foreign } = await openPane(
      withFakeOutlook({
        subject: 'Proposal',
        body: '<html><body><p>Hi Sarah,</p><p>just checking in on the proposal. Any news?</p></body></html>',
        bodyType: 'html',
        displayLanguage: 'de-DE',
        roaming: {
          [SETTINGS_KEY]: {
            uiLanguage: 'en',
            statsEndpoint: 'https://stats.example.test',
            teamKey: 'kt_team',
          },
        },
      }),
      'de-DE',
      (url, postData) => {
        if (url !== 'https://stats.example.test/api/v1/events') return null;
        posted.push(postData ?? '');
        return { status: 200, body: '{"accepted":1}' };
      },
    );
    await expect.poll(() => page.getAttribute('.kh-panel', 'lang'), { timeout: 15_000 }).toBe('en');
    await page.click('.kh-settings summary');
    await page.check('input[data-setting="onSendMode"][value="off"]');
    await expect
      .poll(async () => (await fakeState(page)).roaming?.[SETTINGS_KEY])
      .toMatchObject({ onSendMode: 'off' });
    // "Saved" shows once the mailbox's save callback has run, which may be after the settings landed.
    await expect.poll(() => page.getAttribute('[data-save-status]', 'data-save-status')).toBe('saved');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // The "shown" event reaches the team's server within the client's 5 s batch window, without content.
    await expect.poll(() => posted.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const { events } = JSON.parse(posted[0]) as { events: Record<string, unknown>[] };
    expect(events[0]).toMatchObject({ host: 'outlook', action: 'shown', verdict: 'chaser', lang: 'en' });
    expect(events[0].rep).toMatch(/^[0-9a-f]{64}$/);
    expect(posted[0]).not.toMatch(/Sarah|checking|proposal|lena|example\.com/i);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('shows a friendly state instead of a blank pane when the draft cannot be read', async () => {
    const { page } = await openPane(
      withFakeOutlook({
        body: owaReply,
        bodyType: 'html',
        displayLanguage: 'de-DE',
        fail: { 'body.getAsync': 'Item is busy' },
      }),
    );
    await expect.poll(() => page.getAttribute('.kh-panel', 'data-status'), { timeout: 15_000 }).toBe('error');
    expect(await page.textContent('.kh-panel')).toContain('Entwurf konnte nicht gelesen werden');
    await page.close();
  });
});

describe('outside Outlook', () => {
  it('loads the real office.js and asks to open Klarheit in Outlook', async () => {
    const { page, errors } = await openPane((file) => {
      const local = path.join(officeJsDir, file.split('?')[0]);
      try {
        return local.startsWith(officeJsDir) ? { body: readFileSync(local, 'utf8') } : null;
      } catch {
        return null;
      }
    }, 'en-US');
    await expect
      .poll(() => page.getAttribute('#app', 'data-pane'), { timeout: 15_000, interval: 100 })
      .toBe('not-in-host');
    expect(await page.textContent('#app')).toContain('Please open in Outlook');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says office.js could not load when the CDN is unreachable', async () => {
    const { page } = await openPane(() => null, 'de-DE');
    await expect
      .poll(() => page.getAttribute('#app', 'data-pane'), { timeout: 15_000 })
      .toBe('office-missing');
    expect(await page.textContent('#app')).toContain('Office-Bibliothek konnte nicht geladen werden');
    await page.close();
  });
});
