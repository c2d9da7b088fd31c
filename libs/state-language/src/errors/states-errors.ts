/** The error names the ASL specification and AWS predefine. */
export const States = {
  ALL: 'States.ALL',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  Timeout: 'States.Timeout',
  TaskFailed: 'States.TaskFailed',
  Permissions: 'States.Permissions',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ParameterPathFailure: 'States.ParameterPathFailure',
  BranchFailed: 'States.BranchFailed',
  NoChoiceMatched: 'States.NoChoiceMatched',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  ItemReaderFailed: 'States.ItemReaderFailed',
  ResultWriterFailed: 'States.ResultWriterFailed',
  QueryEvaluationError: 'States.QueryEvaluationError',
  Runtime: 'States.Runtime',
  DataLimitExceeded: 'States.DataLimitExceeded',
} as const;

export type ErrorName = (typeof States)[keyof typeof States] | (string & {});

/** An ASL failure: what travels through Retry/Catch and into history. */
export type Failure = { readonly error: ErrorName; readonly cause?: string };

/**
 * Thrown inside the pure evaluation code (paths, intrinsics, JSONata, Choice) to abort the current
 * state with an ASL failure. The executor catches it at the state boundary and turns it into a
 * Failure value; it never escapes the libraries.
 */
export class StatesError extends Error {
  readonly error: ErrorName;
  override readonly cause?: string;
  constructor(error: ErrorName, cause?: string) {
    super(cause ? `${error}: ${cause}` : error);
    this.name = 'StatesError';
    this.error = error;
    this.cause = cause;
  }
  toFailure(): Failure {
    return this.cause === undefined ? { error: this.error } : { error: this.error, cause: this.cause };
  }
}

export function isStatesError(e: unknown): e is StatesError {
  return e instanceof StatesError;
}
