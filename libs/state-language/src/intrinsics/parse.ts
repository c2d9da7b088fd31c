import { IntrinsicSyntaxError, syntaxError } from './syntax-error.js';
import { tokenize, type Token } from './tokenize.js';
import type { CallNode, IntrinsicNode } from './types.js';

export type ParseResult =
  { readonly ok: true; readonly call: CallNode } | { readonly ok: false; readonly message: string };

/** Parses a whole intrinsic invocation (a call, nothing after it) into an AST. */
export function parseIntrinsic(text: string): ParseResult {
  try {
    const parser = new Parser(text, tokenize(text));
    const call = parser.call();
    parser.expectEnd();
    return { ok: true, call };
  } catch (e) {
    if (e instanceof IntrinsicSyntaxError) return { ok: false, message: e.message };
    throw e;
  }
}

class Parser {
  private index = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  call(): CallNode {
    const name = this.next();
    if (name.type !== 'name')
      return syntaxError('Expected an intrinsic function call (States.<Name>(...))', name.start);
    this.expect('(');
    const args: IntrinsicNode[] = [];
    if (this.peek().type !== ')') {
      args.push(this.argument());
      while (this.peek().type === ',') {
        this.index++;
        args.push(this.argument());
      }
    }
    const close = this.expect(')');
    return { kind: 'call', name: name.name, args, source: this.text.slice(name.start, close.end) };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.type !== 'end') syntaxError('Unexpected text after the closing parenthesis', token.start);
  }

  private argument(): IntrinsicNode {
    const token = this.peek();
    switch (token.type) {
      case 'name':
        return this.call();
      case 'string':
        this.index++;
        return { kind: 'string', value: token.value, literalBraces: token.literalBraces };
      case 'literal':
        this.index++;
        return { kind: 'literal', value: token.value };
      case 'path':
        this.index++;
        return { kind: 'path', path: token.path };
      case 'end':
        return syntaxError('Unexpected end of input, expected an argument', token.start);
      default:
        return syntaxError(`Unexpected '${token.type}', expected an argument`, token.start);
    }
  }

  private expect(type: '(' | ')'): Token {
    const token = this.next();
    if (token.type === type) return token;
    const found = token.type === 'end' ? 'end of input' : `'${this.text.slice(token.start, token.end)}'`;
    return syntaxError(`Expected '${type}' but found ${found}`, token.start);
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.type !== 'end') this.index++;
    return token;
  }
}
