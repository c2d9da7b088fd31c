import type { Json } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import type { ChoiceRule } from '../definition/types.js';
import type { PathScope } from '../jsonpath/index.js';
import { evaluateChoiceRule } from './evaluate-rule.js';

/** The cause AWS reports when no rule matched and there is no Default. */
export const NO_CHOICE_MATCHED_CAUSE = 'No Choice rule matched and no Default was specified';

export type ChoiceSelection = {
  readonly next: string;
  /** The index of the rule that matched; undefined when the Default was taken. */
  readonly ruleIndex?: number;
};

/**
 * Picks the Choice state's next state: the `Next` of the first rule that holds, else `Default`.
 * With neither, fails with States.NoChoiceMatched.
 */
export function selectChoice(
  state: { readonly Choices: readonly ChoiceRule[]; readonly Default?: string },
  input: Json,
  scope: PathScope,
): ChoiceSelection {
  if (!Array.isArray(state.Choices)) {
    throw new StatesError(States.Runtime, 'Invalid Choice state: Choices must be an array');
  }
  for (const [ruleIndex, rule] of state.Choices.entries()) {
    if (!evaluateChoiceRule(rule, input, scope)) continue;
    if (typeof rule.Next !== 'string') {
      throw new StatesError(States.Runtime, `Invalid Choice rule: rule ${ruleIndex} has no Next`);
    }
    return { next: rule.Next, ruleIndex };
  }
  if (state.Default !== undefined) return { next: state.Default };
  throw new StatesError(States.NoChoiceMatched, NO_CHOICE_MATCHED_CAUSE);
}
