import { isLambdaResource } from '@durastep/executor';
import { isFunctionName } from './openfaas-invoker.js';

/** How Durastep performs a Task's `Resource`. */
export type TaskResource =
  | { kind: 'lambda' }
  | { kind: 'http' }
  /** `async`: `openfaas:NAME.async`, invoked through the gateway's /async-function/ with a callback. */
  | { kind: 'openfaas'; name: string; async: boolean }
  | { kind: 'unsupported'; cause: string };

export function classifyResource(resource: string): TaskResource {
  if (isLambdaResource(resource)) return { kind: 'lambda' };
  if (/^arn:[^:]+:states:[^:]*:[^:]*:http:invoke$/.test(resource)) return { kind: 'http' };
  const faas = /^(?:function|openfaas):(.*?)(\.async)?$/.exec(resource);
  if (faas)
    return isFunctionName(faas[1])
      ? { kind: 'openfaas', name: faas[1], async: faas[2] !== undefined }
      : {
          kind: 'unsupported',
          cause: `Resource ${resource} does not name a function (letters, digits, '.', '_', '-')`,
        };
  return { kind: 'unsupported', cause: `Resource ${resource} is not supported by Durastep` };
}
