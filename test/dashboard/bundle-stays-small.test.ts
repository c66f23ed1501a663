// The dashboard's script stays within its budget (issue 6: at most 80 KB gzipped), measured on the
// production build that `npm test` makes before running the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { requireBuiltDashboard, WEB_DIR } from './helpers/dashboard-server';

const BUDGET_BYTES = 80 * 1024;

it('ships at most 80 KB of gzipped JavaScript', () => {
  requireBuiltDashboard();
  const script = readFileSync(path.join(WEB_DIR, 'dashboard', 'dashboard.js'));
  const gzipped = gzipSync(script, { level: 9 }).length;
  console.info(`dashboard.js: ${script.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES})`);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});
