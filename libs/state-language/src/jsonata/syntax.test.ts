import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkJsonataSyntax } from './index.js';

const TOP_LEVEL = (reference: string) =>
  `'${reference}' cannot be used at the top level of a JSONata expression; use $states.input instead`;

const ROWS: { template: string; message: string | null }[] = [
  { template: '{% $states.input.a %}', message: null },
  { template: '{% $partition($states.input.items, 2) ~> $count %}', message: null },
  { template: '{% ( $x := 1; $x + $y ) %}', message: null },
  { template: '{% $states.input.items[$ > 1] %}', message: null },
  { template: '{% $states.input.items.{ "v": $ } %}', message: null },
  { template: '{% $map($states.input.items, function($v) { $v & $ }) %}', message: null },
  { template: '{% $states.input.items^(>$) %}', message: null },
  { template: '{% $states.input{ $string(a): $ } %}', message: null },
  { template: '{% unqualifiedName %}', message: null },
  { template: "{% '$' & '$$' %}", message: null },
  { template: '{% /\\$/ %}', message: null },
  { template: '{% $eval("1") %}', message: null },
  { template: '{% $ %}', message: TOP_LEVEL('$') },
  { template: '{% $$ %}', message: TOP_LEVEL('$$') },
  { template: '{% $.a %}', message: TOP_LEVEL('$') },
  { template: '{% $$.a %}', message: TOP_LEVEL('$$') },
  { template: '{% $[0] %}', message: TOP_LEVEL('$') },
  { template: '{% $count($) %}', message: TOP_LEVEL('$') },
  { template: '{% 1 + $ %}', message: TOP_LEVEL('$') },
  { template: '{% -$ %}', message: TOP_LEVEL('$') },
  { template: '{% $x ? $ : 1 %}', message: TOP_LEVEL('$') },
  { template: '{% ($a := $; $a) %}', message: TOP_LEVEL('$') },
  { template: '{% { "a": $$ } %}', message: TOP_LEVEL('$$') },
  { template: '{% [1, $] %}', message: TOP_LEVEL('$') },
  { template: '{% $ ~> $count %}', message: TOP_LEVEL('$') },
  { template: '{% $f(?, $) %}', message: TOP_LEVEL('$') },
  { template: '{% ( %}', message: 'S0203: Expected ")" before end of expression' },
  { template: '{% %}', message: 'S0207: Unexpected end of expression' },
  { template: '{% $states.input. %}', message: 'S0207: Unexpected end of expression' },
  { template: '{% 1 + %}', message: 'S0207: Unexpected end of expression' },
  {
    template: '{% "unterminated %}',
    message: 'S0101: String literal must be terminated by a matching quote',
  },
  {
    template: '{% $sum(%.a) %}',
    message: "S0217: The object representing the 'parent' cannot be derived from this expression",
  },
  { template: '$states.input', message: 'A JSONata expression must start with {% and end with %}' },
  { template: ' {% 1 %}', message: 'A JSONata expression must start with {% and end with %}' },
];

for (const row of ROWS) {
  test(`checkJsonataSyntax(${JSON.stringify(row.template)})`, () =>
    assert.equal(checkJsonataSyntax(row.template), row.message));
}
