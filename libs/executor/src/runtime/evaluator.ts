import {
  applyInputPath,
  applyOutputPath,
  applyPayloadTemplate,
  applyResultPath,
  evaluateJsonataValue,
  type Json,
  type JsonataStates,
  type PathScope,
} from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { contextObject, isoTime } from './context-object.js';
import type { StepContext } from './step-context.js';

type Extra = Parameters<typeof contextObject>[3];

/** Evaluates the query-language fields of one state of one run, with its context object and variables. */
export class Evaluator {
  constructor(
    readonly ctx: StepContext,
    readonly run: Run,
    readonly active: ActiveState,
    private readonly extra?: Extra,
  ) {}

  private contextCache?: Json;
  context(): Json {
    return (this.contextCache ??= contextObject(this.ctx.state, this.run, this.active, this.extra));
  }

  scope(input: Json): PathScope {
    return { input, context: this.context(), variables: this.run.variables };
  }

  /** Built on first use: most states never call an intrinsic that needs randomness. */
  private envCache?: { random: () => number; uuid: () => string };
  private get env(): { random: () => number; uuid: () => string } {
    return (this.envCache ??= { random: () => this.ctx.random(), uuid: () => this.ctx.uuid() });
  }

  inputPath(path: string | null | undefined, input: Json): Json {
    return path === undefined ? input : applyInputPath(path, input, this.scope(input));
  }

  template(template: Json, input: Json, field: string): Json {
    return applyPayloadTemplate(template, this.scope(input), this.env, field as never);
  }

  resultPath(path: string | null | undefined, stateInput: Json, result: Json): Json {
    return applyResultPath(path, stateInput, result);
  }

  outputPath(path: string | null | undefined, value: Json): Json {
    return path === undefined ? value : applyOutputPath(path, value, this.scope(value));
  }

  jsonata(value: Json, states: Omit<JsonataStates, 'context'>, field: string): Json {
    return evaluateJsonataValue(
      value,
      {
        states: { ...states, context: this.context() },
        variables: this.run.variables,
        now: isoTime(this.ctx.at),
        random: this.env.random,
        uuid: this.env.uuid,
      },
      field,
    );
  }
}
