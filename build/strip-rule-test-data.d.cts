declare function ruleTestDataLoader(source: string): string;
declare namespace ruleTestDataLoader {
  function stripRuleTestData(source: string): string;
  const RULE_FILE: RegExp;
}
export = ruleTestDataLoader;
