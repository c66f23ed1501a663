// Classic Outlook runs the on-send check in an ES2016 runtime. Syntax is checked on the built bundle
// (test/outlook); built-in methods newer than ES2016 would parse fine and fail only on a rep's send,
// so the engine's sources are checked for them here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../src/core');
const NEWER_THAN_ES2016 =
  /\.(?:padStart|padEnd|flatMap|flat|matchAll|replaceAll|trimStart|trimEnd|at)\(|Object\.(?:entries|values|fromEntries|getOwnPropertyDescriptors)\(|Promise\.(?:allSettled|any)\(/;
/** async/await lower to generators only with help; rule files are data (their words may say "await"). */
const ASYNC = /\basync\b|\bawait\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && name !== 'evaluate.ts' ? [full] : [];
  });
}

describe('engine sources', () => {
  it('use no built-in newer than ES2016 (the on-send runtime of classic Outlook)', () => {
    const offending: string[] = [];
    for (const file of sources(CORE)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = !line.trim().startsWith('//') && !line.trim().startsWith('*');
          const isRuleData = file.includes(`${path.sep}rules${path.sep}`);
          if (code && (NEWER_THAN_ES2016.test(line) || (!isRuleData && ASYNC.test(line)))) {
            offending.push(`${path.relative(CORE, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offending).toEqual([]);
  });
});
