import type { ApiDeps } from '../api-deps.js';
import { assertNever } from '../api-error.js';
import type { Fields } from '../http/fields.js';
import { createStateMachineAction } from './actions/create-state-machine.js';
import { deleteStateMachineAction } from './actions/delete-state-machine.js';
import { describeExecutionAction } from './actions/describe-execution.js';
import { describeStateMachineForExecutionAction } from './actions/describe-state-machine-for-execution.js';
import { describeStateMachineAction } from './actions/describe-state-machine.js';
import { getExecutionHistoryAction } from './actions/get-execution-history.js';
import { listExecutionsAction } from './actions/list-executions.js';
import { listStateMachinesAction } from './actions/list-state-machines.js';
import { redriveExecutionAction } from './actions/redrive-execution.js';
import { sendTaskFailureAction } from './actions/send-task-failure.js';
import { sendTaskHeartbeatAction } from './actions/send-task-heartbeat.js';
import { sendTaskSuccessAction } from './actions/send-task-success.js';
import { startExecutionAction } from './actions/start-execution.js';
import { startSyncExecutionAction } from './actions/start-sync-execution.js';
import { stopExecutionAction } from './actions/stop-execution.js';
import { updateStateMachineAction } from './actions/update-state-machine.js';
import { validateStateMachineDefinitionAction } from './actions/validate-state-machine-definition.js';
import { listTagsForResource, tagResource, untagResource } from '../state-machines/tags.js';

/** The Step Functions actions Durastep answers (`X-Amz-Target: AWSStepFunctions.<Action>`). */
export const AWS_ACTIONS = [
  'CreateStateMachine',
  'DescribeStateMachine',
  'UpdateStateMachine',
  'DeleteStateMachine',
  'ListStateMachines',
  'ValidateStateMachineDefinition',
  'StartExecution',
  'StartSyncExecution',
  'DescribeExecution',
  'DescribeStateMachineForExecution',
  'ListExecutions',
  'StopExecution',
  'GetExecutionHistory',
  'RedriveExecution',
  'SendTaskSuccess',
  'SendTaskFailure',
  'SendTaskHeartbeat',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
] as const;
export type AwsAction = (typeof AWS_ACTIONS)[number];

export function isAwsAction(name: string): name is AwsAction {
  return (AWS_ACTIONS as readonly string[]).includes(name);
}

export function performAction(deps: ApiDeps, action: AwsAction, req: Fields): Promise<object> {
  switch (action) {
    case 'CreateStateMachine':
      return createStateMachineAction(deps, req);
    case 'DescribeStateMachine':
      return describeStateMachineAction(deps, req);
    case 'UpdateStateMachine':
      return updateStateMachineAction(deps, req);
    case 'DeleteStateMachine':
      return deleteStateMachineAction(deps, req);
    case 'ListStateMachines':
      return listStateMachinesAction(deps, req);
    case 'ValidateStateMachineDefinition':
      return validateStateMachineDefinitionAction(deps, req);
    case 'StartExecution':
      return startExecutionAction(deps, req);
    case 'StartSyncExecution':
      return startSyncExecutionAction(deps, req);
    case 'DescribeExecution':
      return describeExecutionAction(deps, req);
    case 'DescribeStateMachineForExecution':
      return describeStateMachineForExecutionAction(deps, req);
    case 'ListExecutions':
      return listExecutionsAction(deps, req);
    case 'StopExecution':
      return stopExecutionAction(deps, req);
    case 'GetExecutionHistory':
      return getExecutionHistoryAction(deps, req);
    case 'RedriveExecution':
      return redriveExecutionAction(deps, req);
    case 'SendTaskSuccess':
      return sendTaskSuccessAction(deps, req);
    case 'SendTaskFailure':
      return sendTaskFailureAction(deps, req);
    case 'SendTaskHeartbeat':
      return sendTaskHeartbeatAction(deps, req);
    case 'TagResource':
      return tagResource(deps, req);
    case 'UntagResource':
      return untagResource(deps, req);
    case 'ListTagsForResource':
      return listTagsForResource(deps, req);
    default:
      return assertNever(action);
  }
}
