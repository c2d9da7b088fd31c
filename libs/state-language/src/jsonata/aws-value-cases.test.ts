import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../json.js';
import { evaluateJsonataExpecting, evaluateJsonataValue } from './index.js';
import { assertQueryError, fakeEnv, threwCause, type EnvOptions } from './rows.test-util.js';

// Rows taken from /work/shared/conformance/cases (recorded against AWS Step Functions). Causes are
// AWS's with the executor's "An error occurred while executing the state …" prefix removed.

type ValueRow = EnvOptions & { name: string; value: Json; field: string; result?: Json; cause?: string };

const VALUE_ROWS: ValueRow[] = [
  {
    name: 'assign_reference_variables.undefined_reference-BASE_UNDEFINED_OUTPUT_FIELD',
    value: { result: '{% $doesNotExist %}' },
    field: 'Output',
    cause:
      "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).",
  },
  {
    name: 'assign_reference_variables.undefined_reference-BASE_UNDEFINED_ASSIGN',
    value: { result: '{% $doesNotExist %}' },
    field: 'Assign',
    cause:
      "The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).",
  },
  {
    name: 'error_output.map_catch_error-MAP_CATCH_ERROR_OUTPUT_WITH_RETRY',
    value: { error: '{% $stateError %}' },
    field: 'Output',
    cause:
      "The JSONata expression '$stateError' specified for the field 'Output/error' returned nothing (undefined).",
  },
  {
    name: 'math_operations_jsonata.math_random_seeded',
    value: { FunctionResult: '{% $randomSeeded($states.input.FunctionInput.fst) %}' },
    input: { FunctionInput: 'fst' },
    field: 'Output',
    cause: threwCause(
      '$randomSeeded($states.input.FunctionInput.fst)',
      'T1006: Attempted to invoke a non-function',
      'Output/FunctionResult',
    ),
  },
  {
    name: 'base_evaluate_expressions.base_map-ITEMS',
    value: [1, '{% $number("2") %}', 3],
    field: 'Items',
    result: [1, 2, 3],
  },
  {
    name: 'arguments.base_cases-BASE_LAMBDA_EXPRESSION',
    value: {
      ja_states_input: '{% $states.input %}',
      ja_var_access: '{% $var_input_value %}',
      ja_expr: '{% $sum($states.input.input_values) + $var_constant_1 %}',
    },
    input: { input_value: 'string literal', input_values: [1, 2, 3] },
    variables: { var_input_value: 'string literal', var_constant_1: 1 },
    field: 'Arguments',
    result: {
      ja_states_input: { input_value: 'string literal', input_values: [1, 2, 3] },
      ja_var_access: 'string literal',
      ja_expr: 7,
    },
  },
  {
    name: 'base_scenarios.map_state_item_selector-MAP_STATE_ITEM_SELECTOR_JSONATA',
    value: {
      map_item_value: '{% $states.context.Map.Item.Value %}',
      var_sample: '{% $ItemsVar %}',
      string_literal: 'string literal',
    },
    context: { Map: { Item: { Index: 0, Value: 'Item1' } } },
    variables: { ItemsVar: ['Item1', 'Item2'] },
    field: 'ItemSelector',
    result: { map_item_value: 'Item1', var_sample: ['Item1', 'Item2'], string_literal: 'string literal' },
  },
  {
    name: 'error_output.task_catch_error_output-TASK_CATCH_ERROR_OUTPUT',
    value: { stateInput: '{% $states.input %}', stateError: '{% $states.errorOutput %}' },
    input: { inputData: 'dummy' },
    errorOutput: { Error: 'Exception', Cause: 'boom' },
    field: 'Output',
    result: { stateInput: { inputData: 'dummy' }, stateError: { Error: 'Exception', Cause: 'boom' } },
  },
];

for (const row of VALUE_ROWS) {
  test(`aws value: ${row.name}`, () => {
    const run = () => evaluateJsonataValue(row.value, fakeEnv(row), row.field);
    if (row.cause === undefined) assert.deepStrictEqual(run(), row.result);
    else assertQueryError(run, row.cause);
  });
}

// base_scenarios.map_state_items_eval_jsonata_fail-* and *_variable_sampling_fail-*: Items must be an array.
const ITEMS_ROWS: { expr: string; variables?: Record<string, Json>; cause: string }[] = [
  { expr: 'true', cause: "Expected 'array', but was 'boolean' for value: true" },
  { expr: '1', cause: "Expected 'array', but was 'number' for value: 1" },
  { expr: "'string'", cause: `Expected 'array', but was 'string' for value: "string"` },
  {
    expr: '$ItemsVar',
    variables: { ItemsVar: null },
    cause: "Expected 'array', but was 'null' for value: null",
  },
  {
    expr: '$ItemsVar',
    variables: { ItemsVar: { foo: 'bar' } },
    cause: `Expected 'array', but was 'object' for value: {"foo":"bar"}`,
  },
  {
    expr: '$ItemsVar',
    variables: { ItemsVar: 'string' },
    cause: `Expected 'array', but was 'string' for value: "string"`,
  },
];

for (const row of ITEMS_ROWS) {
  test(`aws Items: ${row.expr} ${JSON.stringify(row.variables ?? {})}`, () => {
    const cause = `The JSONata expression '${row.expr}' specified for the field 'Items' returned an unexpected result type. ${row.cause}`;
    assertQueryError(
      () => evaluateJsonataExpecting(`{% ${row.expr} %}`, fakeEnv(row), 'Items', 'array'),
      cause,
    );
  });
}

test('aws Items: an array passes the type check', () => {
  const env = fakeEnv({ input: { input_value: [1, 2, 3] } });
  assert.deepStrictEqual(
    evaluateJsonataExpecting('{% $states.input.input_value %}', env, 'Items', 'array'),
    [1, 2, 3],
  );
});
