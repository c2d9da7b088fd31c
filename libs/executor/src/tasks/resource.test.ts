import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResource } from './resource.js';

test('Task resources: history names and invocation patterns', () => {
  const table: [string, Partial<ReturnType<typeof describeResource>>][] = [
    [
      'arn:aws:lambda:us-east-1:123456789012:function:f',
      { lambdaFunction: true, pattern: 'request-response' },
    ],
    [
      'arn:aws:states:::lambda:invoke',
      { resourceType: 'lambda', resource: 'invoke', pattern: 'request-response' },
    ],
    [
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      { resourceType: 'lambda', resource: 'invoke.waitForTaskToken', pattern: 'wait-for-task-token' },
    ],
    ['arn:aws:states:::states:startExecution.sync:2', { pattern: 'sync' }],
    [
      'arn:aws:states:::http:invoke',
      { resourceType: 'http', resource: 'invoke', pattern: 'request-response' },
    ],
    ['openfaas:hello', { resourceType: 'openfaas', resource: 'hello', pattern: 'request-response' }],
    ['function:hello.openfaas-fn', { resourceType: 'function', pattern: 'request-response' }],
    [
      'openfaas:hello.async',
      { resourceType: 'openfaas', resource: 'hello.async', pattern: 'wait-for-task-token' },
    ],
    ['function:hello.async', { pattern: 'wait-for-task-token' }],
    ['other:thing.async', { pattern: 'request-response' }],
  ];
  for (const [arn, expected] of table) {
    const info = describeResource(arn);
    for (const [key, value] of Object.entries(expected))
      assert.equal(info[key as keyof typeof info], value, `${arn}: ${key}`);
  }
});
