import { EngineError } from './engine-error.js';

export type AwsScope = { region: string; account: string };

export function stateMachineArn(scope: AwsScope, name: string): string {
  return `arn:aws:states:${scope.region}:${scope.account}:stateMachine:${name}`;
}

export function executionArn(scope: AwsScope, stateMachineName: string, name: string): string {
  return `arn:aws:states:${scope.region}:${scope.account}:execution:${stateMachineName}:${name}`;
}

/** AWS's name rules for state machines and executions: 1–80 characters, none of the forbidden ones. */
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

export function checkName(name: unknown, what: 'state machine' | 'execution'): string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 80) {
    throw new EngineError(
      'InvalidName',
      `Invalid Name: '${String(name)}' (the ${what} name must be 1 to 80 characters)`,
    );
  }
  if (FORBIDDEN.test(name)) throw new EngineError('InvalidName', `Invalid Name: '${name}'`);
  return name;
}

/** ARN parts never hold control characters (nor can PostgreSQL's text hold U+0000). */
const ARN_PART = String.raw`[^:\u0000-\u001f\u007f]`;
const STATE_MACHINE_ARN = new RegExp(
  `^arn:${ARN_PART}+:states:${ARN_PART}*:${ARN_PART}*:stateMachine:(${ARN_PART}+)$`,
);
const EXECUTION_ARN = new RegExp(
  `^arn:${ARN_PART}+:states:${ARN_PART}*:${ARN_PART}*:execution:(${ARN_PART}+):(${ARN_PART}+)$`,
);

/** The state machine name inside a state machine ARN, or an InvalidArn error. */
export function parseStateMachineArn(arn: unknown): { name: string } {
  const m = typeof arn === 'string' ? STATE_MACHINE_ARN.exec(arn) : null;
  if (!m)
    throw new EngineError(
      'InvalidArn',
      `Invalid Arn: 'Resource type not valid in this context: ${String(arn)}'`,
    );
  return { name: m[1] };
}

export function parseExecutionArn(arn: unknown): { stateMachineName: string; name: string } {
  const m = typeof arn === 'string' ? EXECUTION_ARN.exec(arn) : null;
  if (!m)
    throw new EngineError(
      'InvalidArn',
      `Invalid Arn: 'Resource type not valid in this context: ${String(arn)}'`,
    );
  return { stateMachineName: m[1], name: m[2] };
}
