import type { Json } from '../json.js';
import { runRows, unsupportedCause } from './rows.test-util.js';

// Rows taken from /work/shared/conformance/cases (recorded against AWS Step Functions). Causes are
// AWS's with the executor's "An error occurred while executing the state …" prefix removed.

const FUNCTION_INPUT = (fst: Json, snd?: Json, trd?: Json) => ({ FunctionInput: { fst, snd, trd } as Json });
const RANGE =
  '$range($states.input.FunctionInput.fst, $states.input.FunctionInput.snd, $states.input.FunctionInput.trd)';
const PARTITION = '$partition($states.input.FunctionInput.fst, $states.input.FunctionInput.snd)';

runRows('aws', [
  // array_jsonata.array_range.1-4
  { expr: RANGE, input: FUNCTION_INPUT(0, 9, 3), result: [0, 3, 6, 9] },
  { expr: RANGE, input: FUNCTION_INPUT(0, 10, 3), result: [0, 3, 6, 9] },
  { expr: RANGE, input: FUNCTION_INPUT(1, 9, 9), result: 1 },
  { expr: RANGE, input: FUNCTION_INPUT(1, 9, 2), result: [1, 3, 5, 7, 9] },
  // localstack test_array_jsonata.snapshot.json (test_array_partition, recorded on AWS)
  { expr: PARTITION, input: FUNCTION_INPUT([0], 1), result: [[0]] },
  { expr: PARTITION, input: FUNCTION_INPUT([0], 5), result: [[0]] },
  { expr: PARTITION, input: FUNCTION_INPUT([0, 1], 1), result: [[0], [1]] },
  { expr: PARTITION, input: FUNCTION_INPUT([0, 1], 2), result: [[0, 1]] },
  { expr: PARTITION, input: FUNCTION_INPUT([0, 1], 3), result: [[0, 1]] },
  // json_manipulation_jsonata.parse.1-7
  { expr: '$parse($states.input.FunctionInput)', input: { FunctionInput: '-0' }, result: 0 },
  { expr: '$parse($states.input.FunctionInput)', input: { FunctionInput: '1' }, result: 1 },
  { expr: '$parse($states.input.FunctionInput)', input: { FunctionInput: '1.1' }, result: 1.1 },
  { expr: '$parse($states.input.FunctionInput)', input: { FunctionInput: 'true' }, result: true },
  {
    expr: '$parse($states.input.FunctionInput)',
    input: { FunctionInput: '"HelloWorld"' },
    result: 'HelloWorld',
  },
  {
    expr: '$parse($states.input.FunctionInput)',
    input: { FunctionInput: '[1, 2, "HelloWorld"]' },
    result: [1, 2, 'HelloWorld'],
  },
  {
    expr: '$parse($states.input.FunctionInput)',
    input: { FunctionInput: '{"Arg1": 1, "Arg2": []}' },
    result: { Arg1: 1, Arg2: [] },
  },
  // output.base_cases-BASE_DIRECT_EXPR
  {
    expr: '$sum($states.input.input_values) + $var_constant_1',
    input: { input_values: [1, 2, 3] },
    variables: { var_constant_1: 1 },
    result: 7,
  },
  // output.base_output_any_non_dict-JSONATA_EXPR
  {
    expr: '$states.input',
    input: { input_value: 'stringliteral' },
    result: { input_value: 'stringliteral' },
  },
  // base_evaluate_expressions.base_jsonata_regular_expressions-BASE_SINGLE_QUOTE_FALSE
  { expr: "$contains('hello$world', /^hello\\ /)", result: false },
  // base_evaluate_expressions.base_map-TOLERATED_FAILURE_COUNT
  { expr: '$variable := 1', field: 'ToleratedFailureCount', result: 1 },
  // base_scenarios.escape_sequence_parsing-ESCAPE_SEQUENCES_JSONATA_COMPARISON_ASSIGN
  { expr: `$var = '"'`, variables: { var: '"' }, result: true },
  // base_scenarios.choice_* conditions
  {
    expr: "$states.input.type = 'Public'",
    input: { type: 'Public', value: 22 },
    field: 'Condition',
    result: true,
  },
  {
    expr: '$states.input.str_value = "string literal"',
    input: { str_value: 'string literal' },
    field: 'Condition',
    result: true,
  },
  {
    expr: '$states.input.result.done',
    input: { result: { done: false } },
    field: 'Condition',
    result: false,
  },
  {
    expr: '$not($states.input.result.done)',
    input: { result: { done: false } },
    field: 'Condition',
    result: true,
  },
  // base_scenarios.numbered_mock_responses_multiple_success_invocations
  { expr: "$exists($status) ? 'completed' : 'running'", result: 'running' },
  {
    expr: "$exists($status) ? 'completed' : 'running'",
    variables: { status: 'running' },
    result: 'completed',
  },
  // base_scenarios.fail_cause_jsonata
  {
    expr: '$states.input.cause',
    input: { cause: 'This failed to due an Exception.' },
    field: 'Cause',
    result: 'This failed to due an Exception.',
  },
  // base_scenarios.map_state_items_eval_jsonata-empty / -singleton: an array constructor stays an array
  { expr: '[]', field: 'Items', result: [] },
  { expr: '[0]', field: 'Items', result: [0] },
  // assign_reference_variables.undefined_reference-BASE_UNDEFINED_ARGUMENTS
  {
    expr: '$doesNotExist',
    field: 'Arguments',
    cause:
      "The JSONata expression '$doesNotExist' specified for the field 'Arguments' returned nothing (undefined).",
  },
  // base_scenarios.map_state_items_eval_jsonata_fail-function
  {
    expr: '$fn := function($x){$x}',
    field: 'Items',
    cause: unsupportedCause('$fn := function($x){$x}', 'Items'),
  },
]);
