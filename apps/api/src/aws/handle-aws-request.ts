import type { ApiDeps } from '../api-deps.js';
import { ApiError, failureOf } from '../api-error.js';
import { fieldsOf } from '../http/fields.js';
import { isAwsAction, performAction } from './aws-actions.js';
import { awsErrorReply, type AwsReply } from './aws-error.js';

const TARGET_PREFIX = 'AWSStepFunctions.';

/**
 * One AWS JSON protocol request: the action named by `X-Amz-Target`, its JSON body, and the reply.
 * Bad input is always a 400 with AWS's error name; anything unexpected is a logged 500 InternalFailure.
 */
export async function handleAwsRequest(
  deps: ApiDeps,
  target: string | undefined,
  body: unknown,
  logError: (message: string, error: unknown) => void,
): Promise<AwsReply> {
  try {
    const action = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
    if (action === undefined || !isAwsAction(action))
      throw new ApiError('UnknownOperationException', `Unknown operation: '${target ?? ''}'`);
    return { status: 200, body: await performAction(deps, action, fieldsOf(body)) };
  } catch (e) {
    const failure = failureOf(e);
    if (failure) return awsErrorReply(failure);
    logError(`${target ?? 'AWS request'} failed`, e);
    return awsErrorReply({
      code: 'InternalFailure',
      message: 'An internal error occurred; see the service log',
    });
  }
}
