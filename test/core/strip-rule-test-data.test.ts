// Browser bundles drop the rules' examples and ids; what remains must be the same rules, still valid.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import ruleTestData from '../../build/strip-rule-test-data.cjs';

const RULES_DIR = path.resolve(__dirname, '../../src/core/rules');
const files = ['de', 'en'].flatMap((lang) =>
  readdirSync(path.join(RULES_DIR, lang)).map((name) => path.join(RULES_DIR, lang, name)),
);

describe('stripping rule examples and ids for browser bundles', () => {
  it('applies to the rule data files only', () => {
    expect(files.filter((f) => ruleTestData.RULE_FILE.test(f))).toHaveLength(files.length);
    expect(ruleTestData.RULE_FILE.test(path.join(RULES_DIR, 'compile.ts'))).toBe(false);
  });

  for (const file of files) {
    it(`${path.relative(RULES_DIR, file)}: drops every example and id, keeps every rule, stays valid TypeScript`, () => {
      const source = readFileSync(file, 'utf8');
      const stripped = ruleTestData.stripRuleTestData(source);
      expect(stripped).not.toMatch(/^\s*(?:flag|pass|id):/m);
      expect(stripped.match(/\bsignal: '/g)?.length ?? 0).toBe(source.match(/\bid: '/g)?.length ?? 0);
      expect(stripped.match(/\bpattern:/g)?.length ?? 0).toBe(source.match(/\bpattern:/g)?.length ?? 0);
      expect(() => transformSync(stripped, { loader: 'ts' })).not.toThrow();
    });
  }
});
