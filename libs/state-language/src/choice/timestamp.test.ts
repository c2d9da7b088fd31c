import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareInstants, parseTimestamp } from './index.js';

/** [text, epoch seconds, nanos] for valid timestamps; [text] alone for invalid ones. */
const rows: [string, number?, number?][] = [
  ['1970-01-01T00:00:00Z', 0, 0],
  ['2016-03-14T01:59:00Z', 1457920740, 0],
  ['2016-03-14T01:59:00.123Z', 1457920740, 123000000],
  ['2016-03-14T01:59:00.123456789Z', 1457920740, 123456789],
  ['2016-03-14T02:59:00+01:00', 1457920740, 0],
  ['2016-03-13T20:29:00-05:30', 1457920740, 0],
  ['2016-03-14T02:59:00+0100', 1457920740, 0],
  ['2016-03-14T02:59:00+01', 1457920740, 0],
  ['2016-03-14T01:59Z', 1457920740, 0],
  ['2016-03-14t01:59:00z', 1457920740, 0],
  ['2000-02-29T00:00:00Z', 951782400, 0],
  ['1969-12-31T23:59:59Z', -1, 0],
  ['0001-01-01T00:00:00Z', -62135596800, 0],
  ['2016-12-05T21:29:29'],
  ['2016-12-05 21:29:29Z'],
  ['05-12-2016T21:29:29Z'],
  ['2016-13-05T21:29:29Z'],
  ['2016-12-05T25:29:29Z'],
  ['2016-12-05T21:60:29Z'],
  ['2016-12-05T21:29:60Z'],
  ['2019-02-29T00:00:00Z'],
  ['2016-04-31T00:00:00Z'],
  ['2016-12-05T21:29:29.Z'],
  ['2016-12-05T21:29:29.1234567890Z'],
  ['2016-12-05T21:29:29+19:00'],
  ['2016-12-05'],
  [''],
  ['2016-12-05T21:29:29Z '],
];

for (const [text, seconds, nanos] of rows) {
  test(`parseTimestamp ${JSON.stringify(text)}`, () => {
    const parsed = parseTimestamp(text);
    if (seconds === undefined) assert.equal(parsed, undefined);
    else assert.deepEqual(parsed, { seconds, nanos });
  });
}

test('compareInstants orders by seconds then nanos', () => {
  assert.ok(compareInstants({ seconds: 1, nanos: 5 }, { seconds: 1, nanos: 6 }) < 0);
  assert.ok(compareInstants({ seconds: 2, nanos: 0 }, { seconds: 1, nanos: 999999999 }) > 0);
  assert.equal(compareInstants({ seconds: 3, nanos: 7 }, { seconds: 3, nanos: 7 }), 0);
});
