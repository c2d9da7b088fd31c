import type { Json } from '../json.js';

/** What an intrinsic needs from the state it runs in: paths and the execution's randomness. */
export type IntrinsicEnv = {
  /** Resolves a JSONPath argument: `$`, `$.a.b`, `$$.Execution.Id`, or a variable reference `$varName.x`. Throws StatesError itself when the path is invalid. */
  resolvePath(path: string): Json;
  /** Deterministic randomness supplied by the caller: a float in [0,1). */
  random(): number;
  /** Deterministic UUID v4 supplied by the caller. */
  uuid(): string;
};

/** A string literal; `literalBraces` are the indexes in `value` of braces written escaped (`\{`, `\}`). */
export type StringNode = {
  readonly kind: 'string';
  readonly value: string;
  readonly literalBraces: readonly number[];
};
export type LiteralNode = { readonly kind: 'literal'; readonly value: number | boolean | null };
export type PathNode = { readonly kind: 'path'; readonly path: string };
export type CallNode = {
  readonly kind: 'call';
  /** Full name, e.g. `States.Format`. */
  readonly name: string;
  readonly args: readonly IntrinsicNode[];
  /** The call's text as written, for error causes. */
  readonly source: string;
};
export type IntrinsicNode = StringNode | LiteralNode | PathNode | CallNode;
