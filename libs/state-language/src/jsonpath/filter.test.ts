import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import { resolvePath } from './index.js';

const items: Json = {
  limit: 2,
  items: [
    { id: 'a', n: 1, s: 'apple', tags: ['x', 'y'], ok: true, o: { k: 1 } },
    { id: 'b', n: 2, s: 'Banana', tags: [], ok: false, nil: null },
    { id: 'c', n: 3, s: 'cherry', tags: ['y'], code: '3' },
    { id: 'd', s: '', tags: ['x', 'y', 'z'] },
  ],
};

/** Each row filters `$.items` and lists the ids that pass. */
const rows: { filter: string; ids: string[] }[] = [
  { filter: '@.n == 2', ids: ['b'] },
  { filter: '@.n != 2', ids: ['a', 'c', 'd'] },
  { filter: "@.n == '2'", ids: ['b'] },
  { filter: '@.code == 3', ids: ['c'] },
  { filter: "@.n === '2'", ids: [] },
  { filter: '@.n === 2', ids: ['b'] },
  { filter: '@.n !== 2', ids: ['a', 'c', 'd'] },
  { filter: '@.n < 2', ids: ['a'] },
  { filter: '@.n <= 2', ids: ['a', 'b'] },
  { filter: '@.n > 1', ids: ['b', 'c'] },
  { filter: '@.n >= 3', ids: ['c'] },
  { filter: '@.n > $.limit', ids: ['c'] },
  { filter: "@.s > 'b'", ids: ['c'] },
  { filter: "@.s < 'B'", ids: ['d'] },
  { filter: '@.s > 1', ids: [] },
  { filter: '@.ok == true', ids: ['a'] },
  { filter: '@.ok == false', ids: ['b'] },
  { filter: '@.nil == null', ids: ['b'] },
  { filter: '@.nil', ids: ['b'] },
  { filter: '@.ok', ids: ['a', 'b'] },
  { filter: '!@.ok', ids: ['c', 'd'] },
  { filter: '@.o == {"k": 1}', ids: ['a'] },
  { filter: '@.tags == ["x", "y"]', ids: ['a'] },
  { filter: '@.s =~ /^[ab].*/', ids: ['a'] },
  { filter: '@.s =~ /B.*/i', ids: ['b'] },
  { filter: '@.s =~ /an/', ids: [] },
  { filter: "@.id in ['a', 'c']", ids: ['a', 'c'] },
  { filter: "@.id nin ['a', 'c']", ids: ['b', 'd'] },
  { filter: "@.tags contains 'z'", ids: ['d'] },
  { filter: "@.s contains 'an'", ids: ['b'] },
  { filter: '@.tags size 1', ids: ['c'] },
  { filter: '@.s size 6', ids: ['b', 'c'] },
  { filter: '@.tags empty true', ids: ['b'] },
  { filter: '@.s empty false', ids: ['a', 'b', 'c'] },
  { filter: "@.tags subsetof ['x', 'y']", ids: ['a', 'b', 'c'] },
  { filter: "@.tags anyof ['z', 'q']", ids: ['d'] },
  { filter: "@.tags noneof ['x']", ids: ['b', 'c'] },
  { filter: '@.n > 1 && @.n < 3', ids: ['b'] },
  { filter: '@.n == 1 || @.id == "d"', ids: ['a', 'd'] },
  { filter: '(@.n == 1 || @.n == 3) && @.s =~ /c.*/', ids: ['c'] },
  { filter: '!(@.n == 1)', ids: ['b', 'c', 'd'] },
  { filter: '@.o.k == 1', ids: ['a'] },
  { filter: "@['id'] == 'd'", ids: ['d'] },
  { filter: '@.tags[0] == "y"', ids: ['c'] },
  { filter: '@.tags[*] contains "z"', ids: ['d'] },
  { filter: '@.missing == 1', ids: [] },
  { filter: '@.missing != 1', ids: ['a', 'b', 'c', 'd'] },
];

for (const row of rows) {
  test(`filter [?(${row.filter})]`, () => {
    const found = resolvePath(`$.items[?(${row.filter})].id`, { input: items, context: null, variables: {} });
    assert.deepEqual(found, row.ids);
  });
}

test('a filter on an object tests the object itself', () => {
  const scope = { input: { o: { a: 1 } }, context: null, variables: {} };
  assert.deepEqual(resolvePath('$.o[?(@.a == 1)]', scope), [{ a: 1 }]);
  assert.deepEqual(resolvePath('$.o[?(@.a == 2)]', scope), []);
});
