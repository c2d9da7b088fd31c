/** How a Task's Resource is reported in history, and how it is invoked. */
export type ResourceInfo = {
  /** `arn:aws:lambda:…:function:NAME` resources use LambdaFunction… events instead of Task… events. */
  readonly lambdaFunction: boolean;
  /** e.g. 'lambda' for arn:aws:states:::lambda:invoke */
  readonly resourceType: string;
  /** e.g. 'invoke', 'invoke.waitForTaskToken' */
  readonly resource: string;
  readonly pattern: 'request-response' | 'sync' | 'wait-for-task-token';
};

const cache = new Map<string, ResourceInfo>();

export function describeResource(arn: string): ResourceInfo {
  let info = cache.get(arn);
  if (info) return info;
  const service = /^arn:[^:]+:states:[^:]*:[^:]*:([^:]+):(.+)$/.exec(arn);
  if (service) {
    const resource = service[2];
    const pattern = resource.endsWith('.waitForTaskToken')
      ? 'wait-for-task-token'
      : /\.sync(:\d+)?$/.test(resource)
        ? 'sync'
        : 'request-response';
    info = { lambdaFunction: false, resourceType: service[1], resource, pattern };
  } else if (/^arn:[^:]+:lambda:/.test(arn)) {
    info = { lambdaFunction: true, resourceType: 'lambda', resource: arn, pattern: 'request-response' };
  } else {
    // function:NAME / openfaas:NAME and other non-ARN resources of ours; `openfaas:NAME.async`
    // invokes asynchronously and waits for the function's callback, as a task token does.
    const cut = arn.indexOf(':');
    info = {
      lambdaFunction: false,
      resourceType: cut > 0 ? arn.slice(0, cut) : 'function',
      resource: cut > 0 ? arn.slice(cut + 1) : arn,
      pattern: /^(?:function|openfaas):.+\.async$/.test(arn) ? 'wait-for-task-token' : 'request-response',
    };
  }
  if (cache.size > 1000) cache.clear();
  cache.set(arn, info);
  return info;
}
