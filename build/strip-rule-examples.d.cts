declare function ruleExamplesLoader(source: string): string;
declare namespace ruleExamplesLoader {
  function stripRuleExamples(source: string): string;
  const RULE_FILE: RegExp;
}
export = ruleExamplesLoader;
