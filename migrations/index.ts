import { InitialSchema1764100000000 } from './1764100000000-initial-schema.js';
import { LeaseIndex1764100000001 } from './1764100000001-lease-index.js';
import { HotExecutionUpdates1764100000002 } from './1764100000002-hot-execution-updates.js';
import { HistoryDetailsAsJson1764100000003 } from './1764100000003-history-details-as-json.js';
import { PendingTasksOnExecution1764100000004 } from './1764100000004-pending-tasks-on-execution.js';
import { HistoryPerStep1764100000005 } from './1764100000005-history-per-step.js';
import { CompressedStepBodies1764100000006 } from './1764100000006-compressed-step-bodies.js';
import { StateSnapshotAsJson1764100000007 } from './1764100000007-state-snapshot-as-json.js';
import { TaskCommandsAsJson1764100000008 } from './1764100000008-task-commands-as-json.js';
import { StateMachineTags1764100000009 } from './1764100000009-state-machine-tags.js';

/** Every migration, in order. Append-only: one change each, never edited once released. */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  LeaseIndex1764100000001,
  HotExecutionUpdates1764100000002,
  HistoryDetailsAsJson1764100000003,
  PendingTasksOnExecution1764100000004,
  HistoryPerStep1764100000005,
  CompressedStepBodies1764100000006,
  StateSnapshotAsJson1764100000007,
  TaskCommandsAsJson1764100000008,
  StateMachineTags1764100000009,
];
