// The dashboard's browser helpers: signing in; Chromium and axe come from test/helpers/browser.ts.
import type { Page } from 'playwright-core';
export async function signInInBrowser(
  page: Page,
  url: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${url}/dashboard`);
  await page.getByLabel(/email|e-mail/i).fill(email);
  await page.getByLabel(/password|passwort/i).fill(password);
  await page.getByRole('button', { name: /sign in|anmelden/i }).click();
  await page.locator('main.dashboard[data-state="ready"]').waitFor();
}

export { type AxeViolation, launchChromium, seriousAxeViolations } from '../../helpers/browser';
