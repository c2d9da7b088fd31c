import type { JsonObject } from '../json.js';
import { INVOKE, LAMBDA, runTable, SCHEMA, single } from './table.test-util.js';

const task = (extra: JsonObject): JsonObject =>
  single({ Type: 'Task', Resource: INVOKE, End: true, ...extra });
const EXPRESS = { type: 'EXPRESS' } as const;

runTable('Task', [
  { name: 'a Lambda function ARN', definition: task({ Resource: LAMBDA }), expect: [] },
  {
    name: 'a Lambda function ARN with an alias',
    definition: task({ Resource: `${LAMBDA}:live` }),
    expect: [],
  },
  {
    name: 'an AWS SDK integration',
    definition: task({ Resource: 'arn:aws:states:::aws-sdk:s3:listBuckets' }),
    expect: [],
  },
  {
    name: 'an optimized integration with .sync:2',
    definition: task({ Resource: 'arn:aws:states:::states:startExecution.sync:2' }),
    expect: [],
  },
  {
    name: 'an activity',
    definition: task({ Resource: 'arn:aws:states:us-east-1:111111111111:activity:work' }),
    expect: [],
  },
  {
    name: 'an unknown optimized integration action',
    definition: task({ Resource: 'arn:aws:states:::dynamodb:query' }),
    expect: [[SCHEMA, '/States/S/Resource']],
    messages: ['The resource provided arn:<partition>:states:::dynamodb:query is not recognized'],
  },
  {
    name: 'not an ARN',
    definition: task({ Resource: 'my-function' }),
    expect: [[SCHEMA, '/States/S/Resource']],
  },
  {
    name: 'missing Resource',
    definition: single({ Type: 'Task', End: true }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: '.sync in an EXPRESS machine',
    definition: task({ Resource: 'arn:aws:states:::states:startExecution.sync' }),
    options: EXPRESS,
    expect: [[SCHEMA, '/States/S/Resource']],
    messages: ["does not support '.sync'"],
  },
  {
    name: '.waitForTaskToken in an EXPRESS machine',
    definition: task({ Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' }),
    options: EXPRESS,
    expect: [[SCHEMA, '/States/S/Resource']],
  },
  { name: 'request-response in an EXPRESS machine', definition: task({}), options: EXPRESS, expect: [] },
  {
    name: 'TimeoutSeconds 0',
    definition: task({ TimeoutSeconds: 0 }),
    expect: [[SCHEMA, '/States/S/TimeoutSeconds']],
  },
  {
    name: 'TimeoutSeconds and TimeoutSecondsPath',
    definition: task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'HeartbeatSeconds not below TimeoutSeconds',
    definition: task({ TimeoutSeconds: 5, HeartbeatSeconds: 5 }),
    expect: [[SCHEMA, '/States/S/HeartbeatSeconds']],
  },
  {
    name: 'HeartbeatSeconds below TimeoutSeconds',
    definition: task({ TimeoutSeconds: 5, HeartbeatSeconds: 4 }),
    expect: [],
  },
  {
    name: 'TimeoutSecondsPath is a Reference Path',
    definition: task({ TimeoutSecondsPath: '$.items[*]' }),
    expect: [[SCHEMA, '/States/S/TimeoutSecondsPath']],
  },
  {
    name: 'Credentials without RoleArn',
    definition: task({ Credentials: {} }),
    expect: [[SCHEMA, '/States/S/Credentials']],
    messages: ["'RoleArn' is required"],
  },
  {
    name: 'Credentials with RoleArn.$',
    definition: task({ Credentials: { 'RoleArn.$': '$.role' } }),
    expect: [],
  },
]);

runTable('Wait', [
  { name: 'Seconds', definition: single({ Type: 'Wait', Seconds: 0, End: true }), expect: [] },
  {
    name: 'Timestamp with an offset',
    definition: single({ Type: 'Wait', Timestamp: '2024-02-29T23:59:59.5+01:00', End: true }),
    expect: [],
  },
  {
    name: 'none of the four',
    definition: single({ Type: 'Wait', End: true }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'two of the four',
    definition: single({ Type: 'Wait', Seconds: 1, TimestampPath: '$.t', End: true }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'negative Seconds',
    definition: single({ Type: 'Wait', Seconds: -1, End: true }),
    expect: [[SCHEMA, '/States/S/Seconds']],
  },
  {
    name: 'Timestamp without a zone',
    definition: single({ Type: 'Wait', Timestamp: '2016-12-05T21:29:29', End: true }),
    expect: [[SCHEMA, '/States/S/Timestamp']],
    messages: ['RFC3339'],
  },
  {
    name: 'Timestamp on February 30',
    definition: single({ Type: 'Wait', Timestamp: '2023-02-30T00:00:00Z', End: true }),
    expect: [[SCHEMA, '/States/S/Timestamp']],
  },
  {
    name: 'Timestamp with a lowercase t',
    definition: single({ Type: 'Wait', Timestamp: '2023-02-03t00:00:00Z', End: true }),
    expect: [[SCHEMA, '/States/S/Timestamp']],
  },
  {
    name: 'a JSONata Timestamp in a JSONPath state',
    definition: single({ Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true }),
    expect: [[SCHEMA, '/States/S/Timestamp']],
  },
  {
    name: 'a JSONata Timestamp in a JSONata state',
    definition: single(
      { Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true },
      { QueryLanguage: 'JSONata' },
    ),
    expect: [],
  },
]);

runTable('Fail', [
  { name: 'Error and Cause', definition: single({ Type: 'Fail', Error: 'E', Cause: 'C' }), expect: [] },
  {
    name: 'ErrorPath and CausePath',
    definition: single({ Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('x {}', $.c)" }),
    expect: [],
  },
  {
    name: 'Error and ErrorPath',
    definition: single({ Type: 'Fail', Error: 'E', ErrorPath: '$.e' }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'Cause and CausePath',
    definition: single({ Type: 'Fail', Cause: 'C', CausePath: '$.c' }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'invalid CausePath',
    definition: single({ Type: 'Fail', CausePath: 'cause' }),
    expect: [[SCHEMA, '/States/S/CausePath']],
  },
  {
    name: 'invalid intrinsic in ErrorPath',
    definition: single({ Type: 'Fail', ErrorPath: 'States.Nope($.e)' }),
    expect: [[SCHEMA, '/States/S/ErrorPath']],
  },
]);
