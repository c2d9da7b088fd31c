/** A malformed intrinsic call. Internal to the tokenizer and parser; callers see a message or a StatesError. */
export class IntrinsicSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntrinsicSyntaxError';
  }
}

export function syntaxError(message: string, position: number): never {
  throw new IntrinsicSyntaxError(`${message} at position ${position}`);
}
