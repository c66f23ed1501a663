// A rule's examples (`flag` / `pass`) and its id are for people and tests: `test/core/rules.test.ts`
// runs the examples, ids name a rule in test failures, `klarheit eval` and logs. The shipped engine
// reads neither, so browser bundles drop them (about 5 KB gzip, which keeps the Outlook task pane under
// its 60 KB budget); the rule files stay the one place a rule, its id and its examples live.
// Used as a webpack loader (webpack.config.js) and by the bench's esbuild bundle (bench/engine.js).

/** Removes `id: '…'`, `flag: [...]` and `pass: [...]` properties (Biome formats them one per line or block). */
function stripRuleTestData(source) {
  return source
    .replace(/^[ \t]*(?:flag|pass): \[[\s\S]*?\],[ \t]*\r?\n/gm, '')
    .replace(/^[ \t]*id: '[^'\n]*',[ \t]*\r?\n/gm, '');
}

/** Files this applies to: the rule data, nothing else. */
const RULE_FILE = /[\\/]src[\\/]core[\\/]rules[\\/](?:de|en)[\\/][^\\/]+\.ts$/;

module.exports = function ruleTestDataLoader(source) {
  return stripRuleTestData(source);
};
module.exports.stripRuleTestData = stripRuleTestData;
module.exports.RULE_FILE = RULE_FILE;
