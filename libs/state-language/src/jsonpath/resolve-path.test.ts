import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import { isStatesError } from '../errors/states-errors.js';
import { resolvePath, resolvePathForField, type PathScope } from './index.js';

const store: Json = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'LOTR', isbn: '0-395', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
  'a b': 1,
  'a-b': 2,
  nothing: null,
  list: [1, 2, 3, 4, 5],
};

const scope = (input: Json): PathScope => ({
  input,
  context: { Execution: { Id: 'arn:exec', Input: { x: 1 } }, Map: { Item: { Index: 2 } } },
  variables: { count: 3, user: { name: 'ann', tags: ['a', 'b'] }, nil: null },
});

const titles = (...t: string[]) => t;

type Row = { path: string; input?: Json; result?: Json; error?: string };
const rows: Row[] = [
  // definite paths: the node itself
  { path: '$', input: 7, result: 7 },
  { path: '$.expensive', result: 10 },
  { path: '$.store.bicycle.color', result: 'red' },
  { path: "$['a b']", result: 1 },
  { path: '$.a-b', result: 2 },
  { path: '$["store"]["bicycle"]["price"]', result: 19.95 },
  { path: '$.nothing', result: null },
  { path: '$.store.book[0].title', result: 'Sayings' },
  { path: '$.store.book[-1].title', result: 'LOTR' },
  { path: "$.store.bicycle['color','price']", result: { color: 'red', price: 19.95 } },
  { path: "$.store.bicycle['color','size']", result: { color: 'red' } },
  { path: '$[1]', input: ['a', 'b'], result: 'b' },
  { path: '  $.expensive  ', result: 10 },
  // indefinite paths: an array of matches, possibly empty
  {
    path: '$.store.book[*].author',
    result: ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien'],
  },
  { path: '$..price', result: [8.95, 12.99, 8.99, 22.99, 19.95] },
  { path: '$.store..color', result: ['red'] },
  { path: '$.list[1:3]', result: [2, 3] },
  { path: '$.list[-2:]', result: [4, 5] },
  { path: '$.list[:2]', result: [1, 2] },
  // Jayway: each index from the start counts, a negative one from the end (-5..-1 here, then 0).
  { path: '$.list[-7:1]', result: [1, 2, 3, 4, 5, 1] },
  // A start far below -length selects nothing more, and must not loop over every index.
  { path: '$.list[-2000000000:1]', result: [1, 2, 3, 4, 5, 1] },
  { path: '$.list[:-3]', result: [1, 2] },
  { path: '$.list[3:10]', result: [4, 5] },
  { path: '$.list[4:1]', result: [] },
  { path: '$.list[0,2,9]', result: [1, 3] },
  { path: '$.store.bicycle.*', result: ['red', 19.95] },
  { path: '$.store.book[0]..*', result: ['reference', 'Nigel Rees', 'Sayings', 8.95] },
  { path: '$.store.book[?(@.price < 10)].title', result: titles('Sayings', 'Moby Dick') },
  { path: '$.store.book[?(@.isbn)].title', result: titles('Moby Dick', 'LOTR') },
  { path: '$.store.book[?(!@.isbn)].title', result: titles('Sayings', 'Sword') },
  { path: '$..book[?(@.price > $.expensive)].title', result: titles('Sword', 'LOTR') },
  { path: '$..[?(@.price > 20)].title', result: titles('LOTR') },
  { path: '$.store.bicycle[?(@.color == "red")].price', result: [19.95] },
  { path: '$.items[*]', input: {}, result: [] },
  { path: '$.item.items[1:5].itemValue', input: {}, result: [] },
  { path: '$.a[*].b', input: { a: 5 }, result: [] },
  { path: "$.store.bicycle['x','color'].z", result: [] },
  { path: '$[*]', input: 'text', result: [] },
  // context object and variables
  { path: '$$', result: scope(null).context },
  { path: '$$.Execution.Input.x', result: 1 },
  { path: '$$.Map.Item.Index', result: 2 },
  { path: '$count', result: 3 },
  { path: '$user.name', result: 'ann' },
  { path: '$user.tags[1]', result: 'b' },
  { path: '$user.tags[*]', result: ['a', 'b'] },
  { path: '$nil', result: null },
  // definite paths that match nothing: States.Runtime with Jayway's reason
  { path: '$.missing', error: "Invalid path '$.missing' : No results for path: $['missing']" },
  { path: '$.no.such.path', error: "Invalid path '$.no.such.path' : Missing property in path $['no']" },
  {
    path: '$.store.nope.x',
    error: "Invalid path '$.store.nope.x' : Missing property in path $['store']['nope']",
  },
  {
    path: '$.store.book[9]',
    error: "Invalid path '$.store.book[9]' : No results for path: $['store']['book'][9]",
  },
  {
    path: '$.store.book[9].title',
    error: "Invalid path '$.store.book[9].title' : No results for path: $['store']['book'][9]['title']",
  },
  {
    path: '$.expensive.value',
    error:
      "Invalid path '$.expensive.value' : Expected to find an object with property ['value'] in path $['expensive'] but found 'java.lang.Integer'. " +
      "This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.",
  },
  { path: '$.nothing[0]', error: "Invalid path '$.nothing[0]' : The path $['nothing'] is null" },
  {
    path: '$.store.bicycle[0]',
    error:
      "Invalid path '$.store.bicycle[0]' : Filter: [0] can only be applied to arrays. Current context is: {color=red, price=19.95}",
  },
  {
    path: '$$.Execution.Nope',
    error: "Invalid path '$$.Execution.Nope' : No results for path: $['Execution']['Nope']",
  },
  { path: '$ghost', error: "Invalid path '$ghost' : The variable 'ghost' is not defined" },
  { path: '$user.age', error: "Invalid path '$user.age' : No results for path: $['age']" },
  // malformed paths
  {
    path: 'store',
    error: "Invalid path 'store' : Could not parse path 'store': a path must start with '$' at position 0",
  },
  {
    path: '$.',
    error: "Invalid path '$.' : Could not parse path '$.': expected a property name at end of path",
  },
  {
    path: '$.a b',
    error:
      "Invalid path '$.a b' : Could not parse path '$.a b': use bracket notation ['my prop'] for a property containing blanks at position 3",
  },
  { path: '$[', error: "Invalid path '$[' : Could not parse path '$[': expected an integer at end of path" },
  {
    path: "$['a'",
    error: "Invalid path '$['a'' : Could not parse path '$['a'': expected ']' at end of path",
  },
  {
    path: '$.a.length()',
    error:
      "Invalid path '$.a.length()' : Could not parse path '$.a.length()': path functions are not supported at position 10",
  },
  {
    path: '$[?(@.a =~ /(/)]',
    error:
      "Invalid path '$[?(@.a =~ /(/)]' : Could not parse path '$[?(@.a =~ /(/)]': invalid regular expression /(/ at position 14",
  },
];

for (const row of rows) {
  test(`resolvePath ${row.path}`, () => {
    const input = row.input === undefined ? store : row.input;
    if (row.error === undefined) {
      assert.deepEqual(resolvePath(row.path, scope(input)), row.result);
      return;
    }
    assert.throws(
      () => resolvePath(row.path, scope(input)),
      (e: unknown) => isStatesError(e) && e.error === 'States.Runtime' && e.cause === row.error,
    );
  });
}

test('resolvePathForField names the field and the input', () => {
  assert.equal(resolvePathForField('$.x', scope({ x: 'ok' }), 'ErrorPath'), 'ok');
  assert.throws(
    () => resolvePathForField('$.nope.deep', scope({ other: 1 }), 'missing.$'),
    (e: unknown) =>
      isStatesError(e) &&
      e.error === 'States.Runtime' &&
      e.cause ===
        `The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{"other":1}'`,
  );
});

test('a backslash inside a bracket name is kept, as AWS reads it', () => {
  const input = { 'Test\\""Name"': 'Value"\\' };
  assert.equal(resolvePath(`$['Test\\""Name"']`, scope(input)), 'Value"\\');
});
