import { readPath, UNKNOWN, writePath } from '../json/simple-path';
import type { StateVisit } from './types';

/**
 * How a state's input became its output, step by step (InputPath → Parameters → result →
 * ResultSelector → ResultPath → OutputPath, or Arguments → result → Output with JSONata). The
 * history records the input, what a task was called with, what it returned and the output; the
 * steps between are recomputed when their path is a simple one, and said to be unrecorded otherwise.
 */
export type DataFlowStep = {
  label: string;
  /** The field that made this step, as written in the state (`$.order`), if any. */
  field?: string;
  /** recorded: from the history; computed: recomputed here; unchanged: the field is absent; unknown. */
  source: 'recorded' | 'computed' | 'unchanged' | 'unknown';
  value?: unknown;
};

const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function dataFlowSteps(
  state: Record<string, unknown> | undefined,
  visit: StateVisit,
  queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath',
): DataFlowStep[] {
  const s = state ?? {};
  const type = visit.stateType;
  const steps: DataFlowStep[] = [{ label: 'State input', source: 'recorded', value: visit.input }];
  const jsonata = (s.QueryLanguage ?? queryLanguage) === 'JSONata';
  const hasResult = type === 'Task' || type === 'Map' || type === 'Parallel';

  if (jsonata) {
    if (type === 'Task')
      steps.push(
        visit.taskInput !== undefined
          ? {
              label: 'Arguments (task input)',
              field: fieldText(s.Arguments),
              source: 'recorded',
              value: visit.taskInput,
            }
          : { label: 'Arguments (task input)', field: fieldText(s.Arguments), source: 'unknown' },
      );
    if (hasResult) steps.push(resultStep(visit));
    steps.push(outputStep(visit, 'Output', s.Output));
    return steps;
  }

  // InputPath
  let effective: unknown = visit.input;
  if (has(s, 'InputPath')) {
    const v = s.InputPath === null ? {} : readPath(visit.input, String(s.InputPath));
    effective = v;
    steps.push(
      v === UNKNOWN
        ? { label: 'After InputPath', field: show(s.InputPath), source: 'unknown' }
        : { label: 'After InputPath', field: show(s.InputPath), source: 'computed', value: v },
    );
  } else steps.push({ label: 'After InputPath', source: 'unchanged', value: effective });

  // Parameters (what the task was called with)
  if (has(s, 'Parameters') || type === 'Task') {
    const recorded = visit.taskInput !== undefined;
    steps.push({
      label: type === 'Task' ? 'After Parameters (task input)' : 'After Parameters',
      field: has(s, 'Parameters') ? fieldText(s.Parameters) : undefined,
      ...(recorded
        ? { source: 'recorded' as const, value: visit.taskInput }
        : has(s, 'Parameters')
          ? { source: 'unknown' as const }
          : { source: 'unchanged' as const, value: effective }),
    });
    if (recorded) effective = visit.taskInput;
    else if (has(s, 'Parameters')) effective = UNKNOWN;
  }

  if (!hasResult && type !== 'Pass') {
    steps.push(outputStep(visit, 'State output (after OutputPath)', s.OutputPath));
    return steps;
  }

  // Result
  let result: unknown = UNKNOWN;
  if (hasResult) {
    const step = resultStep(visit);
    steps.push(step);
    if (step.source === 'recorded') result = step.value;
  } else if (has(s, 'Result')) {
    result = s.Result;
    steps.push({ label: 'Result', field: 'Result', source: 'computed', value: result });
  } else result = effective;

  if (has(s, 'ResultSelector')) {
    steps.push({ label: 'After ResultSelector', field: fieldText(s.ResultSelector), source: 'unknown' });
    result = UNKNOWN;
  } else if (hasResult) steps.push({ label: 'After ResultSelector', source: 'unchanged', ...known(result) });

  // ResultPath
  const resultPath = has(s, 'ResultPath') ? s.ResultPath : '$';
  let afterResultPath: unknown = UNKNOWN;
  if (resultPath === null) afterResultPath = visit.input;
  else if (result !== UNKNOWN) afterResultPath = writePath(visit.input, String(resultPath), result);
  steps.push({
    label: 'After ResultPath',
    field: has(s, 'ResultPath') ? show(resultPath) : undefined,
    source: afterResultPath === UNKNOWN ? 'unknown' : has(s, 'ResultPath') ? 'computed' : 'unchanged',
    ...known(afterResultPath),
  });
  steps.push(outputStep(visit, 'State output (after OutputPath)', s.OutputPath));
  return steps;
}

function resultStep(visit: StateVisit): DataFlowStep {
  if (visit.taskResult !== undefined) return { label: 'Result', source: 'recorded', value: visit.taskResult };
  return { label: 'Result', source: 'unknown' };
}

function outputStep(visit: StateVisit, label: string, field: unknown): DataFlowStep {
  const f = field === undefined ? undefined : show(field);
  if (visit.output !== undefined || (visit.endedAt !== undefined && visit.status !== 'failed'))
    return { label, field: f, source: 'recorded', value: visit.output };
  return { label, field: f, source: 'unknown' };
}

function known(v: unknown): { value?: unknown } {
  return v === UNKNOWN ? {} : { value: v };
}

function fieldText(v: unknown): string {
  const text = show(v);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
