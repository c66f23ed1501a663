// The built playground in Debian Chromium: load the German chaser example, see the verdict, insert the
// recommended suggestion with the keyboard, and let axe-core check accessibility in both states.
// Needs the build (npm test builds first). KLARHEIT_SCREENSHOT=docs/img/playground.png also saves the
// README screenshot.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { examples } from '../../src/playground/examples';
import { launchChromium, seriousAxeFindings } from '../helpers/browser';
import { type StaticServer, serveStatic } from './static-server';

const webRoot = path.resolve('dist/web');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(path.join(webRoot, 'index.html')) || !existsSync(path.join(webRoot, 'playground.js'))) {
    throw new Error(
      'dist/web has no playground: run `npx webpack --mode production --env only=playground` first.',
    );
  }
  server = await serveStatic(webRoot);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('German chaser: verdict, keyboard Insert keeps the thread, no serious axe violations', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'de-DE' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);

  await page.click('[data-example="en-none"]');
  await page.click('[data-example="de-chaser"]');
  const example = examples.find((e) => e.id === 'de-chaser')!;
  expect(await page.inputValue('textarea[name="body"]')).toBe(example.body);
  const panel = page.locator('.kh-panel');
  await expect.poll(() => panel.getAttribute('data-verdict')).toBe('chaser');
  expect(await page.locator('.kh-quote').count()).toBeGreaterThan(0);
  expect(await page.locator('.kh-excerpt mark').first().textContent()).toBeTruthy();
  expect(await seriousAxeFindings(page)).toEqual([]);

  // The recommended suggestion comes first; activate it from the keyboard, as a rep without a mouse would.
  const insert = page.locator('.kh-suggestion').first().locator('[data-action^="insert-"]');
  const action = await insert.getAttribute('data-action');
  await insert.focus();
  // Tab back and forth so the browser is in keyboard mode, where :focus-visible shows the focus ring.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await insert.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await insert.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.kh-notice').getAttribute('data-notice')).toBe('inserted-replaced');
  const body = await page.inputValue('textarea[name="body"]');
  expect(body).not.toContain('ich wollte nur kurz nachhaken');
  expect(body.endsWith(example.body.slice(example.body.indexOf('Am 17.11.2026 um 09:14')))).toBe(true);
  const expectedVerdict = action === 'insert-abort' ? 'abort' : 'follow-up';
  await expect.poll(() => panel.getAttribute('data-verdict')).toBe(expectedVerdict);
  expect(await seriousAxeFindings(page)).toEqual([]);

  if (process.env.KLARHEIT_SCREENSHOT) {
    await page.click('[data-example="de-chaser"]');
    await expect.poll(() => panel.getAttribute('data-verdict')).toBe('chaser');
    await page.locator('.kh-notice [data-action="close-notice"]').click();
    await page.locator('textarea[name="body"]').evaluate((field) => {
      field.scrollTop = 0;
    });
    await page.screenshot({ path: process.env.KLARHEIT_SCREENSHOT, fullPage: true });
  }

  // Privacy: the page only ever loaded its own files.
  expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('English UI and every example: a verdict for each, nothing breaks', async () => {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: 'en-US' });
  await page.goto(server.url);
  expect(await page.locator('.pg-title').textContent()).toBe('Klarheit playground');
  for (const example of examples) {
    await page.click(`[data-example="${example.id}"]`);
    await expect
      .poll(async () => page.locator('.kh-panel').getAttribute('data-verdict'), { timeout: 3000 })
      .toMatch(/^(chaser|weak|follow-up|abort|none)$/);
  }
  await page.selectOption('select[name="ui-language"]', 'de');
  // The panel re-renders after the switch: wait for it rather than read once.
  await expect
    .poll(() => page.locator('[data-action="recheck"]').textContent(), { timeout: 3000 })
    .toBe('Erneut prüfen');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 3000 }).toBe('de');
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.close();
});
