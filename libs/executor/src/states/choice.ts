import {
  States,
  StatesError,
  evaluateChoiceRule,
  type ChoiceRule,
  type ChoiceState,
  type Json,
} from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import { inputToOutput } from '../runtime/state-output.js';
import type { StepContext } from '../runtime/step-context.js';
import { exitState } from '../runtime/transitions.js';

/** Picks the first matching rule (or Default); a rule's own Assign/Output apply when it matches. */
export function executeChoice(ctx: StepContext, run: Run, state: ChoiceState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  const input = active.input;
  const rule = state.Choices.find((r) => matches(ev, state, r, input));
  const next = rule ? rule.Next : state.Default;
  if (next === undefined) throw new StatesError(States.NoChoiceMatched, `No Matches!`);
  const assign = (rule?.Assign as ChoiceState['Assign']) ?? state.Assign;
  const withRuleOutput = rule && rule.Output !== undefined ? { ...state, Output: rule.Output } : state;
  const { output, assigned } = inputToOutput(ev, withRuleOutput, input, assign);
  exitState(ctx, run, state, output, assigned, next);
}

function matches(ev: Evaluator, state: ChoiceState, rule: ChoiceRule, input: Json): boolean {
  if (state.queryLanguage === 'JSONata') {
    const value = ev.jsonata(rule.Condition as Json, { input }, 'Condition');
    if (typeof value !== 'boolean') {
      throw new StatesError(
        States.QueryEvaluationError,
        `The JSONata expression '${stripTemplate(rule.Condition)}' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '${typeName(value)}' for value: ${JSON.stringify(value)}`,
      );
    }
    return value;
  }
  const effective = ev.inputPath(state.InputPath, input);
  return evaluateChoiceRule(rule, effective, ev.scope(effective));
}

function stripTemplate(t: Json | undefined): string {
  return typeof t === 'string' ? t.replace(/^\{%\s*/, '').replace(/\s*%\}$/, '') : JSON.stringify(t);
}

function typeName(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
