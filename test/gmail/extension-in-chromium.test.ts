// End to end: Debian Chromium loads the unpacked extension from dist/gmail, and a Gmail stand-in page
// is served at the real https://mail.google.com/mail/u/0/ address (request routing), so the manifest's
// match pattern, the isolated world and Gmail's Trusted Types header all apply as in Gmail.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension } from '../helpers/browser';
import { fixtureHtml } from './load-fixture';

const extensionDir = path.join(process.cwd(), 'dist/gmail');
const GMAIL = 'https://mail.google.com/mail/u/0/';
const CHASER = ['Hi Sarah,', '', 'just checking in on the proposal. Any thoughts?', '', 'Best,', 'Robin'];
const NOT_A_REMINDER = [
  'Hi Sarah,',
  '',
  'thank you for your order! We will start on Monday, 1 December.',
  '',
  'Robin',
];

let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  // `npm test` builds before it tests; a lone `vitest run test/gmail` builds the extension if it is missing.
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'only=gmail'], { stdio: 'inherit' });
  }
  profile = mkdtempSync(path.join(tmpdir(), 'klarheit-gmail-e2e-'));
  context = await launchChromiumWithExtension(profile, extensionDir);
  const mailbox = fixtureHtml('e2e-mailbox');
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: mailbox,
    }),
  );
  // Nothing else may be fetched: the extension must not phone home.
  await context.route(/^(?!https:\/\/mail\.google\.com\/)https?:\/\//, (route) => route.abort());
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  page = context.pages()[0] ?? (await context.newPage());
  // Fail at the step that went wrong, well inside the test's own time limit.
  page.setDefaultTimeout(10_000);
  await page.goto(GMAIL);
  await page.locator('[data-klarheit="compose"] .kg-badge').waitFor();
});

async function typeNewText(lines: string[]) {
  await page.click('#new-text');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line);
  }
}

/** Types a chaser and waits until the panel has opened by itself (the compose layout is settled then). */
async function typeChaser() {
  await typeNewText(CHASER);
  await eventually(() => badge().getAttribute('data-verdict')).toBe('chaser');
  await eventually(() => badge().getAttribute('aria-expanded')).toBe('true');
}

/** Waits for a value as long as a loaded CI machine may need (vitest's default is one second). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

const sentCount = () => page.locator('#sent-log').getAttribute('data-sent').then(Number);
const quoteText = () => page.locator('.gmail_quote').first().textContent();
const badge = () => page.locator('[data-klarheit="compose"] .kg-badge');
const dialog = () => page.locator('[data-klarheit="send-check"] [role="alertdialog"]');

describe('the Gmail extension in Chromium', () => {
  it('runs on the real Gmail address under Trusted Types, beside the compose, not inside the email', async () => {
    const trustedTypesEnforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(trustedTypesEnforced).toBe(true);
    await eventually(() => page.locator('[g_editable] [data-klarheit]').count()).toBe(0);
    await eventually(() => badge().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a chaser in the badge and opens the panel by itself', async () => {
    await typeChaser();
    await page
      .locator('[data-klarheit="compose"] .kh-panel[data-verdict="chaser"]')
      .waitFor({ state: 'visible' });
    await eventually(() => badge().getAttribute('aria-expanded')).toBe('true');
  });

  it('Insert replaces the new text through the editor, and the quote survives', async () => {
    const quoteBefore = await quoteText();
    await typeNewText(CHASER);
    const insert = page.locator(
      '[data-klarheit="compose"] [data-recommended="true"] [data-action^="insert-"]',
    );
    await insert.click();
    const body = page.locator('[g_editable]');
    await eventually(() => body.textContent()).not.toContain('just checking in');
    expect(await quoteText()).toBe(quoteBefore);
    const bodyText = (await body.textContent()) ?? '';
    expect(bodyText.indexOf('Hi Sarah')).toBeLessThan(bodyText.indexOf('as discussed on the phone'));
    // Gmail heard the edit (its draft autosave listens to input events).
    expect(Number(await page.locator('#sent-log').getAttribute('data-input-events'))).toBeGreaterThan(0);
    await eventually(() => badge().getAttribute('data-verdict')).not.toBe('chaser');
  });

  it('holds a chaser back on Send and on Ctrl+Enter; "send anyway" sends it exactly once', async () => {
    await typeChaser();

    await page.click('#send');
    await dialog().waitFor({ state: 'visible' });
    await eventually(() => dialog().getAttribute('data-verdict')).toBe('chaser');
    expect(await sentCount()).toBe(0);
    await dialog().locator('[data-action="review"]').click();
    await eventually(() => dialog().count()).toBe(0);

    await page.click('[g_editable]');
    await page.keyboard.press('Control+Enter');
    await dialog().waitFor({ state: 'visible' });
    expect(await sentCount()).toBe(0);

    await dialog().locator('[data-action="send-anyway"]').click();
    await eventually(() => dialog().count()).toBe(0);
    await eventually(sentCount).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentCount()).toBe(1);
    await eventually(() => page.locator('#sent-log li').textContent()).toContain('just checking in');
  });

  it('the dialog can insert the recommended suggestion instead of sending', async () => {
    await typeChaser();
    await page.click('#send');
    await dialog().locator('[data-action="insert-recommended"]').click();
    await eventually(() => dialog().count()).toBe(0);
    await eventually(() => page.locator('[g_editable]').textContent()).not.toContain('just checking in');
    expect(await sentCount()).toBe(0);
  });

  it('sends a message that is not a reminder untouched, at once', async () => {
    await typeNewText(NOT_A_REMINDER);
    await page.click('#send');
    await eventually(sentCount).toBe(1);
    await eventually(() => dialog().count()).toBe(0);
    const sentText = await page.locator('#sent-log li').first().textContent();
    expect(sentText).toContain('thank you for your order! We will start on Monday, 1 December.');
    expect(sentText).toContain('as discussed on the phone');
  });

  it('the options page turns the send check off for open composes, without a reload', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await options.locator('input[name="onSend"][value="off"]').check();
    await options.click('[data-action="save"]');
    await options.locator('[role="status"]').waitFor();
    await options.close();

    await page.bringToFront();
    await typeChaser();
    await page.click('#send');
    await eventually(sentCount).toBe(1);
    expect(await dialog().count()).toBe(0);
  });
});
