import type { Json, JsonObject } from '@durastep/state-language';
import type { ActiveState, ExecutionState, Run } from '../model/execution-state.js';

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** The context object (`$$` in JSONPath, `$states.context` in JSONata) for a run's current state. */
export function contextObject(
  state: ExecutionState,
  run: Run,
  active: ActiveState | undefined,
  extra?: { taskToken?: string; mapItem?: { index: number; value: Json }; retryable?: boolean },
): JsonObject {
  const { identity } = state;
  const ctx: JsonObject = {
    Execution: {
      Id: identity.executionArn,
      Input: state.input,
      StartTime: isoTime(state.startTime),
      Name: identity.name,
      RoleArn: identity.roleArn,
      RedriveCount: state.redriveCount,
    },
    StateMachine: { Id: identity.stateMachineArn, Name: identity.stateMachineName },
  };
  if (active) {
    const s: JsonObject = { Name: active.name, EnteredTime: isoTime(active.enteredTime) };
    if (extra?.retryable) s.RetryCount = active.retryCount;
    ctx.State = s;
  }
  if (extra?.taskToken) ctx.Task = { Token: extra.taskToken };
  const item = extra?.mapItem;
  if (item) ctx.Map = { Item: { Index: item.index, Value: item.value } };
  return ctx;
}
