import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAllowlist, isLoopbackHost } from '../../src/tasks/index.js';

const loopback: [string, boolean][] = [
  ['localhost', true],
  ['LOCALHOST.', true],
  ['api.localhost', true],
  ['127.0.0.1', true],
  ['127.255.0.9', true],
  ['[::1]', true],
  ['::1', true],
  ['[::ffff:7f00:1]', true],
  ['0.0.0.0', false],
  ['128.0.0.1', false],
  ['[::2]', false],
  ['127.0.0.1.nip.io', false],
  ['localhost.example.com', false],
];
for (const [host, expected] of loopback)
  test(`isLoopbackHost(${host}) is ${expected}`, () => assert.equal(isLoopbackHost(host), expected));

const entries = [
  'api.internal',
  'pay.internal:8443',
  'http://gateway:8080',
  '*.svc.local',
  '10.0.0.7',
  '[fd00::1]:80',
  '   ',
];
const allowlist = createAllowlist(entries);
const cases: [string, boolean][] = [
  ['http://127.0.0.1:9999/x', true],
  ['http://[::1]:1/', true],
  ['http://api.internal/x', true],
  ['https://API.internal:9000/x', true],
  ['https://pay.internal:8443/', true],
  ['https://pay.internal/', false],
  ['http://gateway:8080/function/a', true],
  ['http://gateway:8081/', false],
  ['http://a.svc.local/', true],
  ['http://deep.a.svc.local:1/', true],
  ['http://svc.local/', false],
  ['http://10.0.0.7:3000/', true],
  ['http://10.0.0.8/', false],
  ['http://[fd00::1]/', true],
  ['http://[fd00::1]:81/', false],
  ['http://example.com/', false],
];
for (const [url, expected] of cases)
  test(`allowlist ${entries.join(',')} ${expected ? 'allows' : 'refuses'} ${url}`, () =>
    assert.equal(allowlist.allows(new URL(url)), expected));

test('"*" allows every host', () => {
  assert.equal(createAllowlist(['*']).allows(new URL('https://example.com/')), true);
  assert.equal(createAllowlist([]).allows(new URL('https://example.com/')), false);
});
