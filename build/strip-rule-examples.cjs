// Rule examples (`flag` / `pass`) are test data: `test/core/rules.test.ts` runs them, the shipped
// engine never reads them. Production bundles drop them (about 4 KB gzip, which keeps the Outlook
// task pane under its 60 KB budget); the rule files stay the one place a rule and its examples live.
// Used as a webpack loader (webpack.config.js) and by the bench's esbuild bundle (bench/engine.js).

/** Removes `flag: [...]` and `pass: [...]` properties (Biome formats them one per line or block). */
function stripRuleExamples(source) {
  return source.replace(/^[ \t]*(?:flag|pass): \[[\s\S]*?\],[ \t]*\r?\n/gm, '');
}

/** Files this applies to: the rule data, nothing else. */
const RULE_FILE = /[\\/]src[\\/]core[\\/]rules[\\/](?:de|en)[\\/][^\\/]+\.ts$/;

module.exports = function ruleExamplesLoader(source) {
  return stripRuleExamples(source);
};
module.exports.stripRuleExamples = stripRuleExamples;
module.exports.RULE_FILE = RULE_FILE;
