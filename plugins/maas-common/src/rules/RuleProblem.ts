/**
 * One reason a rule refuses something: a stable kebab-case `code` for programs and a sentence for
 * people. Each rule adds the data its callers need (which source, which purposes…), so several
 * rules can be run together and their problems listed side by side.
 *
 * @public
 */
export interface RuleProblem<Code extends string = string> {
  code: Code;
  message: string;
}
