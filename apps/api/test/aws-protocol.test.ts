import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { awsCall, machineArn, PASS, ROLE, startApi, type Harness } from './support/api-harness.js';

let h: Harness;
before(async () => {
  h = await startApi();
});
after(async () => {
  await h.close();
});

const T = (action: string) => `AWSStepFunctions.${action}`;
const MODEL = 'com.amazonaws.swf.service.v2.model';

/** Every error is a 400 with `__type`, `message` and the x-amzn-ErrorType header naming the same error. */
function assertAwsError(reply: Awaited<ReturnType<typeof awsCall>>, name: string, namespace = MODEL) {
  assert.equal(reply.status, 400, JSON.stringify(reply.body));
  assert.equal(reply.errorType, name);
  assert.equal(reply.body.__type, `${namespace}#${name}`);
  assert.equal(typeof reply.body.message, 'string');
  assert.ok(reply.body.message.length > 0);
}

test('a success answers 200 as application/x-amz-json-1.0 with epoch-second dates', async () => {
  const r = await awsCall(h.url, T('CreateStateMachine'), { name: 'p-1', definition: PASS, roleArn: ROLE });
  assert.equal(r.status, 200);
  assert.equal(r.contentType, 'application/x-amz-json-1.0');
  assert.equal(typeof r.body.creationDate, 'number');
  assert.ok(Math.abs(r.body.creationDate - Date.now() / 1000) < 60);
  const v11 = await awsCall(
    h.url,
    T('DescribeStateMachine'),
    { stateMachineArn: machineArn('p-1') },
    'application/x-amz-json-1.1',
  );
  assert.equal(v11.status, 200);
  assert.equal(v11.body.name, 'p-1');
});

test('the shape of a model error', async () => {
  const r = await awsCall(h.url, T('DescribeExecution'), {
    executionArn: 'arn:aws:states:us-east-1:123456789012:execution:p-1:missing',
  });
  assertAwsError(r, 'ExecutionDoesNotExist');
  assert.equal(
    r.body.message,
    "Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:p-1:missing'",
  );
});

test('unknown or missing X-Amz-Target → UnknownOperationException', async () => {
  assertAwsError(
    await awsCall(h.url, T('NoSuchAction'), {}),
    'UnknownOperationException',
    'com.amazon.coral.service',
  );
  assertAwsError(
    await awsCall(h.url, 'Other.CreateStateMachine', {}),
    'UnknownOperationException',
    'com.amazon.coral.service',
  );
  assertAwsError(
    await awsCall(h.url, undefined, {}),
    'UnknownOperationException',
    'com.amazon.coral.service',
  );
  assertAwsError(
    await awsCall(h.url, T('GetActivityTask'), { activityArn: 'x' }),
    'UnknownOperationException',
    'com.amazon.coral.service',
  );
});

test('malformed JSON and non-object bodies → SerializationException', async () => {
  assertAwsError(
    await awsCall(h.url, T('ListStateMachines'), '{"maxResults":'),
    'SerializationException',
    'com.amazon.coral.service',
  );
  assertAwsError(
    await awsCall(h.url, T('ListStateMachines'), '[1,2]'),
    'SerializationException',
    'com.amazon.coral.service',
  );
  // A body that is not what its Content-Encoding says.
  const res = await fetch(`${h.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'content-encoding': 'gzip',
      'x-amz-target': T('ListStateMachines'),
    },
    body: '{}',
  });
  assert.equal(res.status, 400);
  assert.equal(
    ((await res.json()) as { __type: string }).__type,
    'com.amazon.coral.service#SerializationException',
  );
});

test('members Durastep accepts without using them are still type-checked', async () => {
  const create = (extra: object) =>
    awsCall(h.url, T('CreateStateMachine'), { name: 'p-unused', definition: PASS, roleArn: ROLE, ...extra });
  const wrong: [object, string][] = [
    [{ tags: 'x' }, 'tags'],
    [{ tags: [{ key: 1, value: 'v' }] }, 'key'],
    [{ tags: [null] }, 'tags.1'],
    [{ loggingConfiguration: 7 }, 'loggingConfiguration'],
    [{ tracingConfiguration: [] }, 'tracingConfiguration'],
    [{ publish: 'yes' }, 'publish'],
  ];
  for (const [extra, key] of wrong) {
    const r = await create(extra);
    assertAwsError(r, 'ValidationException', 'com.amazon.coral.validate');
    assert.match(r.body.message, new RegExp(`at '${key}'`), JSON.stringify(extra));
  }
  const ok = await create({
    tags: [{ key: 'team', value: 'orders' }],
    loggingConfiguration: { level: 'OFF' },
    tracingConfiguration: { enabled: false },
  });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assertAwsError(
    await awsCall(h.url, T('StartExecution'), { stateMachineArn: ok.body.stateMachineArn, traceHeader: 5 }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
});

test('missing and mistyped parameters → ValidationException', async () => {
  const missing = await awsCall(h.url, T('DescribeExecution'), {});
  assertAwsError(missing, 'ValidationException', 'com.amazon.coral.validate');
  assert.match(missing.body.message, /'executionArn'/);
  assertAwsError(
    await awsCall(h.url, T('ListStateMachines'), { maxResults: 'ten' }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
  assertAwsError(
    await awsCall(h.url, T('ListExecutions'), { statusFilter: 'DONE' }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
  assertAwsError(
    await awsCall(h.url, T('CreateStateMachine'), {
      name: 'p-2',
      definition: PASS,
      roleArn: ROLE,
      type: 'FAST',
    }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
  assertAwsError(
    await awsCall(h.url, T('StartExecution'), { stateMachineArn: machineArn('p-1'), input: { a: 1 } }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
  assertAwsError(
    await awsCall(h.url, T('GetExecutionHistory'), {
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:p-1:x',
      reverseOrder: 'yes',
    }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
});

test('invalid names, ARNs, definitions and inputs carry their AWS names', async () => {
  assertAwsError(
    await awsCall(h.url, T('CreateStateMachine'), { name: 'bad name', definition: PASS, roleArn: ROLE }),
    'InvalidName',
  );
  assertAwsError(
    await awsCall(h.url, T('CreateStateMachine'), {
      name: 'p-3',
      definition: '{"StartAt":"A"}',
      roleArn: ROLE,
    }),
    'InvalidDefinition',
  );
  assertAwsError(
    await awsCall(h.url, T('DescribeStateMachine'), { stateMachineArn: 'arn:nope' }),
    'InvalidArn',
  );
  assertAwsError(
    await awsCall(h.url, T('DescribeStateMachine'), { stateMachineArn: machineArn('absent') }),
    'StateMachineDoesNotExist',
  );
  assertAwsError(
    await awsCall(h.url, T('StartExecution'), { stateMachineArn: machineArn('p-1'), input: 'not json' }),
    'InvalidExecutionInput',
  );
  assertAwsError(
    await awsCall(h.url, T('StartExecution'), {
      stateMachineArn: machineArn('p-1'),
      input: JSON.stringify({ x: 'y'.repeat(300_000) }),
    }),
    'InvalidExecutionInput',
  );
  // Nested deeper than 1,000 levels (PostgreSQL's json and recursive code would overflow).
  const deep = await awsCall(h.url, T('StartExecution'), {
    stateMachineArn: machineArn('p-1'),
    input: '['.repeat(100_000) + ']'.repeat(100_000),
  });
  assertAwsError(deep, 'InvalidExecutionInput');
  assert.match(deep.body.message, /nested deeper than 1000 levels/);
});

test('a body over 2 MB is a 400 ValidationException, not a 413 or 500', async () => {
  const r = await awsCall(h.url, T('CreateStateMachine'), {
    name: 'p-big',
    definition: 'x'.repeat(2_200_000),
    roleArn: ROLE,
  });
  assertAwsError(r, 'ValidationException', 'com.amazon.coral.validate');
});

test('U+0000 or a control character in an ARN, a role or a token is a 400 with its AWS name, never a 500', async () => {
  assertAwsError(
    await awsCall(h.url, T('DescribeStateMachine'), { stateMachineArn: machineArn('p-1') + '\u0000' }),
    'InvalidArn',
  );
  assertAwsError(
    await awsCall(h.url, T('DescribeExecution'), {
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:p-1:a\u0007b',
    }),
    'InvalidArn',
  );
  assertAwsError(
    await awsCall(h.url, T('CreateStateMachine'), {
      name: 'p-nul',
      definition: PASS,
      roleArn: ROLE + '\u0000',
    }),
    'ValidationException',
    'com.amazon.coral.validate',
  );
  assertAwsError(
    await awsCall(h.url, T('SendTaskSuccess'), { taskToken: 'abc\u0000', output: '{}' }),
    'InvalidToken',
  );
});
