/** Amazon States Language intrinsic functions (`States.Format(...)` and friends) for JSONPath states. */
export type { IntrinsicEnv } from './types.js';
export { isIntrinsicCall, checkIntrinsicSyntax } from './check-syntax.js';
export { evaluateIntrinsic } from './evaluate.js';
