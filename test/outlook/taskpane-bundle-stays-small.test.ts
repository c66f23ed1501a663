// The task pane's script stays within its budget (issue 3: at most 60 KB gzipped, office.js not
// counted), measured on the production build that `npm test` makes before running the tests. The
// engine is most of it, so a growing rule set or matcher shows up here first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const BUDGET_BYTES = 60 * 1024;
const SCRIPT = path.resolve(__dirname, '../../dist/web/outlook/taskpane.js');

it('ships at most 60 KB of gzipped JavaScript', () => {
  if (!existsSync(SCRIPT)) {
    throw new Error(
      'dist/web/outlook/taskpane.js is missing: run `npx webpack --mode production --env only=outlook`',
    );
  }
  const script = readFileSync(SCRIPT);
  const gzipped = gzipSync(script, { level: 9 }).length;
  console.info(`taskpane.js: ${script.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES})`);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});
