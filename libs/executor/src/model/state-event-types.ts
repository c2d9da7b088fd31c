import type { State } from '@durastep/state-language';

type StateType = State['Type'];

/** AWS's `…StateEntered` / `…StateExited` event types, spelled out once (no string built per event). */
export const STATE_ENTERED: Readonly<Record<StateType, string>> = {
  Pass: 'PassStateEntered',
  Task: 'TaskStateEntered',
  Choice: 'ChoiceStateEntered',
  Wait: 'WaitStateEntered',
  Succeed: 'SucceedStateEntered',
  Fail: 'FailStateEntered',
  Parallel: 'ParallelStateEntered',
  Map: 'MapStateEntered',
};

export const STATE_EXITED: Readonly<Record<StateType, string>> = {
  Pass: 'PassStateExited',
  Task: 'TaskStateExited',
  Choice: 'ChoiceStateExited',
  Wait: 'WaitStateExited',
  Succeed: 'SucceedStateExited',
  Fail: 'FailStateExited',
  Parallel: 'ParallelStateExited',
  Map: 'MapStateExited',
};
