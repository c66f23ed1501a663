// Shared by the Outlook tests: the one fake Office host, and the built add-in in dist/web/outlook.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const outlookDist = path.join(repoRoot, 'dist', 'web', 'outlook');

export interface FakeOfficeState {
  subject?: string;
  body: string;
  bodyType: 'html' | 'text';
  to?: { displayName: string; emailAddress: string }[];
  composeType?: string;
  displayLanguage?: string;
  mailboxVersion?: string;
  roaming?: Record<string, unknown>;
  cursor?: number;
  fail?: Record<string, string>;
  throws?: Record<string, string>;
  noItem?: boolean;
  host?: string | null;
  latencyMs?: number;
  // Filled in by the fake:
  calls?: string[];
  associated?: Record<string, (event: unknown) => void>;
  lastGetOptions?: Record<string, unknown>;
  lastSetOptions?: Record<string, unknown>;
  handlers?: { mailbox: Record<string, unknown>; item: Record<string, unknown> };
}

export type FakeOffice = typeof Office & {
  __state: FakeOfficeState;
  __fire(scope: 'mailbox' | 'item', type: Office.EventType | string, args?: unknown): void;
};

let factory: ((state: FakeOfficeState) => FakeOffice) | undefined;

/** The fake from test/outlook/fake-office.js (the same file the browser test serves). */
export function createFakeOffice(state: FakeOfficeState): FakeOffice {
  if (!factory) {
    vm.runInThisContext(readFileSync(path.join(repoRoot, 'test/outlook/fake-office.js'), 'utf8'));
    factory = (globalThis as unknown as { createFakeOffice: typeof factory }).createFakeOffice;
  }
  return factory!(state);
}

/** Which webpack target writes which file of dist/web/outlook. */
const TARGET_OF: Record<string, string> = {
  'taskpane.html': 'outlook',
  'taskpane.js': 'outlook',
  'manifest.xml': 'outlook',
  'commands.html': 'outlook-onsend',
  'onsend.js': 'outlook-onsend',
};

/** `npm test` builds before vitest; a lone `npx vitest run test/outlook` builds what is missing here. */
export function ensureOutlookBuild(files: string[]): void {
  const targets = new Set(
    files.filter((f) => !existsSync(path.join(outlookDist, f))).map((f) => TARGET_OF[f]),
  );
  if (targets.size === 0) return;
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', `only=${[...targets].join(',')}`], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export function readBuilt(file: string): string {
  return readFileSync(path.join(outlookDist, file), 'utf8');
}
