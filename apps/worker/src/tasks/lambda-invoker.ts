import { lambdaOutcome, lambdaRequest, type TaskOutcome } from '@durastep/executor';
import { joinPath, parseHttpUrl } from './endpoint-url.js';
import { taskFailed, type InvokeTaskCommand, type TaskPlan } from './task-plan.js';

/**
 * `arn:aws:lambda:…:function:NAME[:qualifier]` and `arn:aws:states:::lambda:invoke[.waitForTaskToken]`
 * → the Lambda Invoke API at `endpoint` (`POST /2015-03-31/functions/NAME/invocations`). The
 * function name travels as the state gives it (name, name:qualifier or ARN), as the Lambda API
 * accepts; request and answer mapping are the executor's pure `lambdaRequest` / `lambdaOutcome`.
 */
export function planLambda(command: InvokeTaskCommand, endpoint: string | undefined): TaskPlan | TaskOutcome {
  if (!endpoint)
    return taskFailed(
      `Resource ${command.resource} invokes a Lambda function, but no Lambda endpoint is configured (set LAMBDA_ENDPOINT, e.g. http://127.0.0.1:3901)`,
    );
  const base = parseHttpUrl(endpoint);
  if (!base) return taskFailed(`LAMBDA_ENDPOINT is not an http(s) URL: ${endpoint}`);
  const request = lambdaRequest(command.resource, command.input);
  const url = joinPath(base, `/2015-03-31/functions/${encodeURIComponent(request.functionName)}/invocations`);
  if (request.qualifier !== undefined) url.searchParams.set('Qualifier', request.qualifier);
  return {
    service: 'lambda',
    url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...request.headers },
    body: request.body,
    interpret: (reply) =>
      lambdaOutcome(command.resource, { status: reply.status, headers: reply.headers, body: reply.body }),
  };
}
