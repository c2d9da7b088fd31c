import type { Json, JsonObject } from '../json.js';

export type QueryLanguage = 'JSONPath' | 'JSONata';

/** Fields every state may carry; the JSONPath-only and JSONata-only ones are checked by validation. */
type StateBase = {
  readonly name: string;
  /** The effective query language: the state's own, else the definition's, else JSONPath. */
  readonly queryLanguage: QueryLanguage;
  readonly Comment?: string;
  readonly Next?: string;
  readonly End?: boolean;
  readonly InputPath?: string | null;
  readonly OutputPath?: string | null;
  readonly Output?: Json;
  readonly Assign?: JsonObject;
};

export type Retrier = {
  readonly ErrorEquals: readonly string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'FULL' | 'NONE';
};

export type Catcher = {
  readonly ErrorEquals: readonly string[];
  readonly Next: string;
  readonly ResultPath?: string | null;
  readonly Output?: Json;
  readonly Assign?: JsonObject;
};

type WithResult = {
  readonly Parameters?: Json;
  readonly Arguments?: Json;
  readonly ResultSelector?: Json;
  readonly ResultPath?: string | null;
};

type WithErrorHandling = {
  readonly Retry?: readonly Retrier[];
  readonly Catch?: readonly Catcher[];
};

export type PassState = StateBase & {
  readonly Type: 'Pass';
  readonly Result?: Json;
  readonly Parameters?: Json;
  readonly ResultPath?: string | null;
};

export type TaskState = StateBase &
  WithResult &
  WithErrorHandling & {
    readonly Type: 'Task';
    readonly Resource: string;
    readonly TimeoutSeconds?: number | string;
    readonly TimeoutSecondsPath?: string;
    readonly HeartbeatSeconds?: number | string;
    readonly HeartbeatSecondsPath?: string;
    readonly Credentials?: Json;
  };

export type ChoiceRule = JsonObject & { readonly Next?: string };

export type ChoiceState = StateBase & {
  readonly Type: 'Choice';
  readonly Choices: readonly ChoiceRule[];
  readonly Default?: string;
};

export type WaitState = StateBase & {
  readonly Type: 'Wait';
  readonly Seconds?: number | string;
  readonly Timestamp?: string;
  readonly SecondsPath?: string;
  readonly TimestampPath?: string;
};

export type SucceedState = StateBase & { readonly Type: 'Succeed' };

export type FailState = StateBase & {
  readonly Type: 'Fail';
  readonly Error?: string;
  readonly Cause?: string;
  readonly ErrorPath?: string;
  readonly CausePath?: string;
};

/** A nested state machine: a Parallel branch or a Map item processor. */
export type SubMachine = {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, State>>;
  readonly queryLanguage: QueryLanguage;
};

export type ParallelState = StateBase &
  WithResult &
  WithErrorHandling & {
    readonly Type: 'Parallel';
    readonly Branches: readonly SubMachine[];
  };

export type ItemBatcher = {
  readonly MaxItemsPerBatch?: number | string;
  readonly MaxItemsPerBatchPath?: string;
  readonly MaxInputBytesPerBatch?: number | string;
  readonly MaxInputBytesPerBatchPath?: string;
  readonly BatchInput?: Json;
};

export type MapState = StateBase &
  WithResult &
  WithErrorHandling & {
    readonly Type: 'Map';
    /** ItemProcessor, or the legacy Iterator, compiled. */
    readonly processor: SubMachine;
    readonly processorMode: 'INLINE' | 'DISTRIBUTED';
    readonly ItemsPath?: string | null;
    readonly Items?: Json;
    readonly ItemSelector?: Json;
    readonly ItemReader?: JsonObject;
    readonly ItemBatcher?: ItemBatcher;
    readonly ResultWriter?: JsonObject;
    readonly MaxConcurrency?: number | string;
    readonly MaxConcurrencyPath?: string;
    readonly ToleratedFailureCount?: number | string;
    readonly ToleratedFailureCountPath?: string;
    readonly ToleratedFailurePercentage?: number | string;
    readonly ToleratedFailurePercentagePath?: string;
    readonly Label?: string;
  };

export type State =
  PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;
export type StateType = State['Type'];

/** A validated definition, compiled once into typed states. */
export type Definition = SubMachine & {
  readonly Comment?: string;
  readonly Version?: string;
  readonly TimeoutSeconds?: number;
  /** The definition as the user sent it (for DescribeStateMachine and the console). */
  readonly source: JsonObject;
};
