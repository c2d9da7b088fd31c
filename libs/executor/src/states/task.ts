import { States, StatesError, resolvePath, type Json, type TaskState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';
import { startTaskTimer } from '../runtime/timers.js';
import { checkPayloadSize } from '../runtime/payload-limit.js';
import { describeResource } from '../tasks/resource.js';
import { NOT_TRUNCATED } from '../model/not-truncated.js';

/** Schedules one attempt of a Task: history events, an InvokeTask command and its timeout timers. */
export function executeTask(ctx: StepContext, run: Run, state: TaskState, active: ActiveState): void {
  const info = describeResource(state.Resource);
  const attempt = active.retryCount;
  const taskId = `${run.id}:${state.name}:${active.enteredEventId}:${attempt}`;
  const token =
    info.pattern === 'wait-for-task-token' ? `${ctx.state.identity.executionArn}#${taskId}` : undefined;
  const ev = new Evaluator(
    ctx,
    run,
    active,
    token ? { taskToken: token, retryable: true } : { retryable: true },
  );
  let input: Json;
  let timeoutSeconds: number | undefined;
  let heartbeatSeconds: number | undefined;
  if (state.queryLanguage === 'JSONata') {
    const states = { input: active.input };
    input = state.Arguments !== undefined ? ev.jsonata(state.Arguments, states, 'Arguments') : active.input;
    timeoutSeconds = optionalSeconds(
      state.TimeoutSeconds !== undefined
        ? ev.jsonata(state.TimeoutSeconds, states, 'TimeoutSeconds')
        : undefined,
      'TimeoutSeconds',
    );
    heartbeatSeconds = optionalSeconds(
      state.HeartbeatSeconds !== undefined
        ? ev.jsonata(state.HeartbeatSeconds, states, 'HeartbeatSeconds')
        : undefined,
      'HeartbeatSeconds',
    );
  } else {
    const effective = ev.inputPath(state.InputPath, active.input);
    input =
      state.Parameters !== undefined ? ev.template(state.Parameters, effective, 'Parameters') : effective;
    const scope = ev.scope(effective);
    timeoutSeconds =
      state.TimeoutSecondsPath !== undefined
        ? pathSeconds(state.TimeoutSecondsPath, scope, 'TimeoutSecondsPath')
        : (state.TimeoutSeconds as number | undefined);
    heartbeatSeconds =
      state.HeartbeatSecondsPath !== undefined
        ? pathSeconds(state.HeartbeatSecondsPath, scope, 'HeartbeatSecondsPath')
        : (state.HeartbeatSeconds as number | undefined);
  }
  checkPayloadSize(input, state.name);
  if (info.lambdaFunction) {
    const details: Record<string, Json> = {
      resource: state.Resource,
      input,
      inputDetails: NOT_TRUNCATED,
    };
    if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
    ctx.emit(run, 'LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', details);
    ctx.emit(run, 'LambdaFunctionStarted');
  } else {
    const details: Record<string, Json> = {
      resourceType: info.resourceType,
      resource: info.resource,
      region: ctx.state.identity.region,
      parameters: input,
    };
    if (timeoutSeconds !== undefined) details.timeoutInSeconds = timeoutSeconds;
    if (heartbeatSeconds !== undefined) details.heartbeatInSeconds = heartbeatSeconds;
    ctx.emit(run, 'TaskScheduled', 'taskScheduledEventDetails', details);
    ctx.emit(run, 'TaskStarted', 'taskStartedEventDetails', {
      resourceType: info.resourceType,
      resource: info.resource,
    });
  }
  const pending: (typeof ctx.state.tasks)[string] = {
    runId: run.id,
    stateName: state.name,
    resource: state.Resource,
    resourceType: info.resourceType,
    lambda: info.lambdaFunction,
  };
  if (timeoutSeconds !== undefined)
    pending.timeoutTimerId = startTaskTimer(ctx, run, 'task-timeout', timeoutSeconds, taskId);
  if (heartbeatSeconds !== undefined) {
    pending.heartbeatSeconds = heartbeatSeconds;
    pending.heartbeatTimerId = startTaskTimer(ctx, run, 'heartbeat', heartbeatSeconds, taskId);
  }
  ctx.state.tasks[taskId] = pending;
  active.taskId = taskId;
  ctx.command({
    type: 'InvokeTask',
    taskId,
    resource: state.Resource,
    input,
    stateName: state.name,
    attempt,
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
    ...(token ? { taskToken: token } : {}),
    ...(state.Credentials !== undefined ? { credentials: state.Credentials } : {}),
  });
}

function pathSeconds(path: string, scope: ReturnType<Evaluator['scope']>, field: string): number {
  const value = resolvePath(path, scope);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new StatesError(
      States.Runtime,
      `The ${field} parameter must be a positive integer: ${path} == ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function optionalSeconds(value: Json | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new StatesError(
      States.QueryEvaluationError,
      `The ${field} field must be a positive integer but was: ${JSON.stringify(value)}`,
    );
  }
  return value;
}
