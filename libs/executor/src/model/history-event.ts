import type { Json } from '@durastep/state-language';

/** One event of GetExecutionHistory, with AWS's type names and `…EventDetails` field names. */
export type HistoryEvent = {
  readonly id: number;
  readonly previousEventId: number;
  /** epoch ms */
  readonly timestamp: number;
  readonly type: string;
  readonly [details: string]: Json | undefined;
};
