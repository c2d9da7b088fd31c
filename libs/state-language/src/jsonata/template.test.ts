import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isJsonataTemplate, jsonataExpressionOf } from './index.js';

const ROWS: { value: unknown; template: boolean; expression?: string }[] = [
  { value: '{% $states.input %}', template: true, expression: '$states.input' },
  { value: '{%$states.input%}', template: true, expression: '$states.input' },
  { value: '{%\n  $a\n%}', template: true, expression: '$a' },
  { value: '{%  %}', template: true, expression: '' },
  { value: '{%%}', template: true, expression: '' },
  { value: '{% "%}" %}', template: true, expression: '"%}"' },
  { value: '{%}', template: false },
  { value: ' {% 1 %}', template: false },
  { value: '{% 1 %} ', template: false },
  { value: '{% 1', template: false },
  { value: '1 %}', template: false },
  { value: '$states.input', template: false },
  { value: 'States.Format($.a)', template: false },
  { value: '', template: false },
  { value: 5, template: false },
  { value: null, template: false },
  { value: ['{% 1 %}'], template: false },
  { value: { x: '{% 1 %}' }, template: false },
];

for (const row of ROWS) {
  test(`isJsonataTemplate(${JSON.stringify(row.value)}) is ${row.template}`, () => {
    assert.equal(isJsonataTemplate(row.value), row.template);
    if (row.expression !== undefined) assert.equal(jsonataExpressionOf(row.value as string), row.expression);
  });
}
