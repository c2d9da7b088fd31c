import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyResource, type TaskResource } from '../../src/tasks/index.js';

const cases: [string, TaskResource['kind'], string?, boolean?][] = [
  ['arn:aws:lambda:us-east-1:123456789012:function:echo', 'lambda'],
  ['arn:aws:lambda:us-east-1:123456789012:function:echo:prod', 'lambda'],
  ['arn:aws:states:::lambda:invoke', 'lambda'],
  ['arn:aws:states:::lambda:invoke.waitForTaskToken', 'lambda'],
  ['arn:aws:states:::http:invoke', 'http'],
  ['arn:aws-cn:states:::http:invoke', 'http'],
  ['function:hello', 'openfaas', 'hello'],
  ['openfaas:figlet.openfaas-fn', 'openfaas', 'figlet.openfaas-fn'],
  ['openfaas:hello.async', 'openfaas', 'hello', true],
  ['function:figlet.openfaas-fn.async', 'openfaas', 'figlet.openfaas-fn', true],
  ['function:.async', 'unsupported'],
  ['function:', 'unsupported'],
  ['function:a/b', 'unsupported'],
  ['function:..', 'unsupported'],
  ['arn:aws:states:::http:invoke.sync', 'unsupported'],
  ['arn:aws:states:::sqs:sendMessage', 'unsupported'],
  ['arn:aws:states:us-east-1:123456789012:activity:a', 'unsupported'],
];
for (const [resource, kind, name, async = false] of cases)
  test(`${resource} is ${kind}${async ? ' (async)' : ''}`, () => {
    const got = classifyResource(resource);
    assert.equal(got.kind, kind);
    if (name !== undefined) assert.deepEqual(got, { kind, name, async });
  });
