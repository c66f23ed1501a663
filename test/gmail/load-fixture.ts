// Loads a saved Gmail page snapshot into the jsdom document of the current test file.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type GmailFixture =
  | 'new-message'
  | 'inline-reply-quoted'
  | 'inline-reply-trimmed'
  | 'popout'
  | 'german-ui';

export function fixtureHtml(name: string): string {
  // Vitest runs from the repository root (jsdom gives import.meta.url an http: address).
  return readFileSync(path.join(process.cwd(), 'test/fixtures/gmail', `${name}.html`), 'utf8');
}

export function loadGmailFixture(name: GmailFixture): Document {
  document.open();
  document.write(fixtureHtml(name));
  document.close();
  return document;
}
