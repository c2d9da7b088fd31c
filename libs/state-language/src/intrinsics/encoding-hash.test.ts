import { invalidArgs, runRows } from './run-rows.test-util.js';

const a10000 = 'a'.repeat(10000);
const a10001 = 'a'.repeat(10001);

runRows('States.Base64Encode', [
  { expr: 'States.Base64Encode($.s)', input: { s: 'Data to encode' }, result: 'RGF0YSB0byBlbmNvZGU=' },
  { expr: 'States.Base64Encode($.s)', input: { s: '' }, result: '' },
  { expr: "States.Base64Encode('✓')", result: '4pyT' },
  { expr: 'States.Base64Encode($.s)', input: { s: a10000 }, result: Buffer.from(a10000).toString('base64') },
  { expr: 'States.Base64Encode($.s)', input: { s: a10001 }, cause: invalidArgs('States.Base64Encode($.s)') },
  { expr: 'States.Base64Encode($.s)', input: { s: 1 }, cause: invalidArgs('States.Base64Encode($.s)') },
  { expr: 'States.Base64Encode()', cause: invalidArgs('States.Base64Encode()') },
]);

runRows('States.Base64Decode', [
  { expr: 'States.Base64Decode($.s)', input: { s: 'RGF0YSB0byBlbmNvZGU=' }, result: 'Data to encode' },
  { expr: "States.Base64Decode('')", result: '' },
  { expr: "States.Base64Decode('44GT44KT44Gr44Gh44Gv')", result: 'こんにちは' },
  { expr: "States.Base64Decode('YWJjAGRlZg==')", result: 'abc\u0000def' },
  // Lenient like AWS's MIME decoder: spaces skipped, padding optional.
  { expr: "States.Base64Decode(' YWJjZA== ')", result: 'abcd' },
  { expr: "States.Base64Decode('YWJjZA')", result: 'abcd' },
  { expr: 'States.Base64Decode(States.Base64Encode($.s))', input: { s: 'hello ✓' }, result: 'hello ✓' },
  {
    expr: 'States.Base64Decode($.s)',
    input: { s: 'A'.repeat(10001) },
    cause: invalidArgs('States.Base64Decode($.s)'),
  },
  { expr: 'States.Base64Decode(123)', cause: invalidArgs('States.Base64Decode(123)') },
  { expr: 'States.Base64Decode($.o)', input: { o: {} }, cause: invalidArgs('States.Base64Decode($.o)') },
  {
    expr: "States.Base64Decode('aGVsbG8=', 'x')",
    cause: invalidArgs("States.Base64Decode('aGVsbG8=', 'x')"),
  },
]);

runRows('States.Hash', [
  { expr: "States.Hash('hello', 'MD5')", result: '5d41402abc4b2a76b9719d911017c592' },
  { expr: "States.Hash('hello', 'SHA-1')", result: 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d' },
  {
    expr: "States.Hash('hello', 'SHA-256')",
    result: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
  },
  {
    expr: "States.Hash('hello', 'SHA-384')",
    result:
      '59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f',
  },
  {
    expr: "States.Hash('hello', 'SHA-512')",
    result:
      '9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043',
  },
  {
    expr: 'States.Hash($.s, $.a)',
    input: { s: 'Hash this string', a: 'SHA-256' },
    result: '1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e',
  },
  {
    expr: "States.Hash('🚀', 'SHA-256')",
    result: 'ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5',
  },
  {
    expr: "States.Hash('', 'SHA-256')",
    result: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
  // Non-string data is hashed in its Java string form, as AWS does.
  { expr: "States.Hash(123, 'MD5')", result: '202cb962ac59075b964b07152d234b70' },
  {
    expr: "States.Hash($.s, 'SHA-256')",
    input: { s: a10000 },
    result: '27dd1f61b867b6a0f6e9d8a41c43231de52107e53ae424de8f847b821db4b711',
  },
  {
    expr: "States.Hash($.s, 'SHA-256')",
    input: { s: a10001 },
    cause: invalidArgs("States.Hash($.s, 'SHA-256')"),
  },
  { expr: "States.Hash('data', 'sha-256')", cause: invalidArgs("States.Hash('data', 'sha-256')") },
  { expr: "States.Hash('data', 'SHA256')", cause: invalidArgs("States.Hash('data', 'SHA256')") },
  { expr: "States.Hash('data', 'MD-5')", cause: invalidArgs("States.Hash('data', 'MD-5')") },
  { expr: "States.Hash('data', '')", cause: invalidArgs("States.Hash('data', '')") },
  { expr: "States.Hash('hello', 123)", cause: invalidArgs("States.Hash('hello', 123)") },
  { expr: "States.Hash('hello')", cause: invalidArgs("States.Hash('hello')") },
]);
