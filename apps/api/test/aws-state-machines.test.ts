import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  StartExecutionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from '@aws-sdk/client-sfn';
import { machineArn, PASS, ROLE, sdkError, startApi, WAIT, type Harness } from './support/api-harness.js';

let h: Harness;
before(async () => {
  h = await startApi();
});
after(async () => {
  await h.close();
});

test('CreateStateMachine then DescribeStateMachine', async () => {
  const before = Date.now() / 1000;
  const created = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-1', definition: PASS, roleArn: ROLE }),
  );
  assert.equal(created.stateMachineArn, machineArn('sm-1'));
  assert.ok(created.creationDate instanceof Date);
  assert.ok(created.creationDate.getTime() / 1000 >= before - 1);
  const d = await h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
  assert.equal(d.name, 'sm-1');
  assert.equal(d.status, 'ACTIVE');
  assert.equal(d.type, 'STANDARD');
  assert.equal(d.definition, PASS);
  assert.equal(d.roleArn, ROLE);
  assert.equal(d.creationDate?.getTime(), created.creationDate.getTime());
  assert.deepEqual(d.loggingConfiguration, { level: 'OFF', includeExecutionData: false });
  assert.match(d.revisionId ?? '', /^[0-9a-f-]{36}$/);
});

test('CreateStateMachine is idempotent for the same definition and role, else StateMachineAlreadyExists', async () => {
  const first = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-idem', definition: PASS, roleArn: ROLE }),
  );
  const again = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-idem', definition: PASS, roleArn: ROLE }),
  );
  assert.equal(again.stateMachineArn, first.stateMachineArn);
  assert.equal(again.creationDate?.getTime(), first.creationDate?.getTime());
  const e = await sdkError(() =>
    h.sfn.send(new CreateStateMachineCommand({ name: 'sm-idem', definition: WAIT, roleArn: ROLE })),
  );
  assert.equal(e.name, 'StateMachineAlreadyExists');
  assert.equal(e.$metadata.httpStatusCode, 400);
  assert.match(e.message, /sm-idem/);
});

test('CreateStateMachine rejects invalid definitions and names', async () => {
  const bad = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } });
  const e = await sdkError(() =>
    h.sfn.send(new CreateStateMachineCommand({ name: 'sm-bad', definition: bad, roleArn: ROLE })),
  );
  assert.equal(e.name, 'InvalidDefinition');
  assert.match(
    e.message,
    /^Invalid State Machine Definition: '.*MISSING_TRANSITION_TARGET.*\/States\/A\/Next/,
  );
  const notJson = await sdkError(() =>
    h.sfn.send(new CreateStateMachineCommand({ name: 'sm-bad', definition: '{"StartAt":', roleArn: ROLE })),
  );
  assert.equal(notJson.name, 'InvalidDefinition');
  for (const name of ['has space', 'x'.repeat(81), 'semi;colon', 'a/b']) {
    const n = await sdkError(() =>
      h.sfn.send(new CreateStateMachineCommand({ name, definition: PASS, roleArn: ROLE })),
    );
    assert.equal(n.name, 'InvalidName', name);
  }
  const huge = JSON.stringify({
    StartAt: 'P',
    States: { P: { Type: 'Pass', Result: 'x'.repeat(1_048_576), End: true } },
  });
  const big = await sdkError(() =>
    h.sfn.send(new CreateStateMachineCommand({ name: 'sm-huge', definition: huge, roleArn: ROLE })),
  );
  assert.equal(big.name, 'ValidationException');
  assert.match(big.message, /1048576/);
});

test('UpdateStateMachine changes the definition and revision', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-upd', definition: PASS, roleArn: ROLE }),
  );
  const before = await h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  const updated = await h.sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: WAIT }));
  assert.ok(updated.updateDate instanceof Date);
  assert.notEqual(updated.revisionId, before.revisionId);
  const after = await h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  assert.equal(after.definition, WAIT);
  assert.equal(after.revisionId, updated.revisionId);

  const missing = await sdkError(() => h.sfn.send(new UpdateStateMachineCommand({ stateMachineArn })));
  assert.equal(missing.name, 'MissingRequiredParameter');
  const invalid = await sdkError(() =>
    h.sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: '{"StartAt":"X","States":{}}' })),
  );
  assert.equal(invalid.name, 'InvalidDefinition');
  const unknown = await sdkError(() =>
    h.sfn.send(new UpdateStateMachineCommand({ stateMachineArn: machineArn('nope'), definition: PASS })),
  );
  assert.equal(unknown.name, 'StateMachineDoesNotExist');
});

test('ListStateMachines pages with nextToken', async () => {
  for (const n of ['ls-a', 'ls-b', 'ls-c'])
    await h.sfn.send(new CreateStateMachineCommand({ name: n, definition: PASS, roleArn: ROLE }));
  const names: string[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await h.sfn.send(new ListStateMachinesCommand({ maxResults: 2, nextToken }));
    assert.ok((page.stateMachines ?? []).length <= 2);
    for (const m of page.stateMachines ?? []) {
      names.push(m.name!);
      assert.equal(m.stateMachineArn, machineArn(m.name!));
      assert.equal(m.type, 'STANDARD');
      assert.ok(m.creationDate instanceof Date);
    }
    nextToken = page.nextToken;
    pages++;
  } while (nextToken);
  assert.ok(pages >= 2);
  assert.deepEqual(names, [...names].sort());
  for (const n of ['ls-a', 'ls-b', 'ls-c']) assert.ok(names.includes(n));
  const bad = await sdkError(() => h.sfn.send(new ListStateMachinesCommand({ nextToken: 'garbage' })));
  assert.equal(bad.name, 'InvalidToken');
  const tooMany = await sdkError(() => h.sfn.send(new ListStateMachinesCommand({ maxResults: 1001 })));
  assert.equal(tooMany.name, 'ValidationException');
});

test('DeleteStateMachine removes an idle machine; the name can be reused', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-del', definition: PASS, roleArn: ROLE }),
  );
  await h.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  const gone = await sdkError(() => h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn })));
  assert.equal(gone.name, 'StateMachineDoesNotExist');
  // AWS answers a delete of an unknown machine with success.
  await h.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  await h.sfn.send(new CreateStateMachineCommand({ name: 'sm-del', definition: WAIT, roleArn: ROLE }));
});

test('DeleteStateMachine with a running execution marks it DELETING; executions go on', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-deleting', definition: WAIT, roleArn: ROLE }),
  );
  await h.sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'still-running' }));
  await h.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  const d = await h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  assert.equal(d.status, 'DELETING');
  const start = await sdkError(() => h.sfn.send(new StartExecutionCommand({ stateMachineArn })));
  assert.equal(start.name, 'StateMachineDoesNotExist');
  const recreate = await sdkError(() =>
    h.sfn.send(new CreateStateMachineCommand({ name: 'sm-deleting', definition: WAIT, roleArn: ROLE })),
  );
  assert.equal(recreate.name, 'StateMachineDeleting');
  const listed = await h.sfn.send(new ListStateMachinesCommand({}));
  assert.ok(!(listed.stateMachines ?? []).some((m) => m.name === 'sm-deleting'));
  // Once the execution has ended the name is free again.
  await h.t.db.query(
    `UPDATE executions SET status = 'SUCCEEDED', stop_date = now() WHERE state_machine_arn = $1`,
    [stateMachineArn],
  );
  await h.sfn.send(new CreateStateMachineCommand({ name: 'sm-deleting', definition: PASS, roleArn: ROLE }));
  assert.equal((await h.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }))).status, 'ACTIVE');
});

test('ValidateStateMachineDefinition: OK, FAIL with diagnostics, warnings on request', async () => {
  const ok = await h.sfn.send(new ValidateStateMachineDefinitionCommand({ definition: PASS }));
  assert.equal(ok.result, 'OK');
  assert.deepEqual(ok.diagnostics, []);
  assert.equal(ok.truncated, false);
  const bad = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } });
  const fail = await h.sfn.send(new ValidateStateMachineDefinitionCommand({ definition: bad }));
  assert.equal(fail.result, 'FAIL');
  const missing = fail.diagnostics?.find((d) => d.code === 'MISSING_TRANSITION_TARGET');
  assert.ok(missing, JSON.stringify(fail.diagnostics));
  assert.equal(missing.severity, 'ERROR');
  assert.equal(missing.location, '/States/A/Next');
  assert.ok(missing.message);
  const one = await h.sfn.send(new ValidateStateMachineDefinitionCommand({ definition: '{', maxResults: 1 }));
  assert.equal(one.result, 'FAIL');
  assert.equal(one.diagnostics?.length, 1);
  const unreachable = JSON.stringify({
    StartAt: 'A',
    States: { A: { Type: 'Pass', End: true }, B: { Type: 'Pass', End: true } },
  });
  const errorsOnly = await h.sfn.send(new ValidateStateMachineDefinitionCommand({ definition: unreachable }));
  const withWarnings = await h.sfn.send(
    new ValidateStateMachineDefinitionCommand({ definition: unreachable, severity: 'WARNING' }),
  );
  assert.equal(errorsOnly.result, withWarnings.result);
  assert.ok((withWarnings.diagnostics ?? []).length >= (errorsOnly.diagnostics ?? []).length);
  assert.ok((errorsOnly.diagnostics ?? []).every((d) => d.severity === 'ERROR'));
});

test('tags (AWS SDK): CreateStateMachine tags, TagResource, UntagResource, ListTagsForResource', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({
      name: 'sm-tags',
      definition: PASS,
      roleArn: ROLE,
      tags: [
        { key: 'team', value: 'orders' },
        { key: 'env', value: 'dev' },
      ],
    }),
  );
  const list = async () => {
    const { tags } = await h.sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }));
    return Object.fromEntries((tags ?? []).map((t) => [t.key, t.value]));
  };
  assert.deepEqual(await list(), { team: 'orders', env: 'dev' });

  // Creating it again (same definition and role) is idempotent and leaves its tags as they are.
  await h.sfn.send(
    new CreateStateMachineCommand({ name: 'sm-tags', definition: PASS, roleArn: ROLE, tags: [{ key: 'x' }] }),
  );
  assert.deepEqual(await list(), { team: 'orders', env: 'dev' });

  await h.sfn.send(
    new TagResourceCommand({
      resourceArn: stateMachineArn,
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'cost', value: '' },
        { key: '__proto__', value: 'a key like any other' },
      ],
    }),
  );
  const listed = await list();
  assert.equal(Object.getOwnPropertyDescriptor(listed, '__proto__')?.value, 'a key like any other');
  await h.sfn.send(
    new UntagResourceCommand({ resourceArn: stateMachineArn, tagKeys: ['team', 'absent', '__proto__'] }),
  );
  assert.deepEqual(await list(), { env: 'prod', cost: '' });

  const tooMany = Array.from({ length: 49 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
  const over = await sdkError(() =>
    h.sfn.send(new TagResourceCommand({ resourceArn: stateMachineArn, tags: tooMany })),
  );
  assert.equal(over.name, 'TooManyTags');
  assert.deepEqual(await list(), { env: 'prod', cost: '' }, 'a refused TagResource changes nothing');

  const unknown = await sdkError(() =>
    h.sfn.send(new ListTagsForResourceCommand({ resourceArn: machineArn('no-such-machine') })),
  );
  assert.equal(unknown.name, 'ResourceNotFound');
  const badArn = await sdkError(() =>
    h.sfn.send(new UntagResourceCommand({ resourceArn: 'arn:nope', tagKeys: [] })),
  );
  assert.equal(badArn.name, 'InvalidArn');
  const longKey = await sdkError(() =>
    h.sfn.send(new TagResourceCommand({ resourceArn: stateMachineArn, tags: [{ key: 'k'.repeat(129) }] })),
  );
  assert.equal(longKey.name, 'ValidationException');

  await h.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  const gone = await sdkError(() =>
    h.sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn })),
  );
  assert.equal(gone.name, 'ResourceNotFound');
});
