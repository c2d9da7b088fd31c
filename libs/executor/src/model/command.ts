import type { Json } from '@durastep/state-language';

/** What the executor asks its driver to do after the step is committed. */
export type Command =
  | {
      readonly type: 'InvokeTask';
      readonly taskId: string;
      readonly resource: string;
      readonly input: Json;
      readonly stateName: string;
      /** 0 for the first attempt, then 1, 2… (idempotency key `<execution>/<state>/<attempt>`). */
      readonly attempt: number;
      readonly timeoutSeconds?: number;
      readonly heartbeatSeconds?: number;
      /** Present for `.waitForTaskToken` resources: the callback token the task must answer with. */
      readonly taskToken?: string;
      readonly credentials?: Json;
    }
  | { readonly type: 'StartTimer'; readonly timerId: string; readonly fireAt: number }
  | { readonly type: 'CancelTimer'; readonly timerId: string }
  | { readonly type: 'CancelTask'; readonly taskId: string }
  | {
      readonly type: 'CompleteExecution';
      readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
      readonly output?: Json;
      readonly error?: string;
      readonly cause?: string;
    };
