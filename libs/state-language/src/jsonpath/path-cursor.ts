import type { Json, JsonObject } from '../json.js';

/** A malformed JSONPath. Internal: the public API turns it into a value or a StatesError. */
export class JsonPathSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPathSyntaxError';
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const INTEGER = /^-?\d+/;

/** Reads a path text left to right; every helper throws JsonPathSyntaxError on bad input. */
export class PathCursor {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }
  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }
  skipSpaces(): void {
    while (!this.done && /\s/.test(this.peek())) this.pos++;
  }
  eat(s: string): boolean {
    if (!this.startsWith(s)) return false;
    this.pos += s.length;
    return true;
  }
  expect(s: string): void {
    if (!this.eat(s)) this.fail(`expected '${s}'`);
  }
  fail(what: string): never {
    const at = this.done ? 'end of path' : `position ${this.pos}`;
    throw new JsonPathSyntaxError(`Could not parse path '${this.text}': ${what} at ${at}`);
  }

  /**
   * A quoted string, `'…'` or `"…"`. A backslash stops the next character from closing it; with
   * `raw` (bracket property names, as AWS's Jayway reads them) the backslash is kept, otherwise
   * (filter literals) escapes are decoded.
   */
  readQuoted(raw = false): string {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"') this.fail('expected a quoted string');
    this.pos++;
    let out = '';
    while (!this.done && this.peek() !== quote) {
      if (this.peek() === '\\') {
        this.pos++;
        if (this.done) break;
        out += raw ? `\\${this.peek()}` : unescapeChar(this.peek());
      } else {
        out += this.peek();
      }
      this.pos++;
    }
    if (this.done) this.fail('unterminated string');
    this.pos++;
    return out;
  }

  readInteger(): number {
    const m = INTEGER.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected an integer');
    this.pos += m[0].length;
    return Number(m[0]);
  }

  readNumber(): number {
    const m = NUMBER.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected a number');
    this.pos += m[0].length;
    return Number(m[0]);
  }

  /** A JSON-like literal as Jayway's filter language accepts it (single quotes allowed). */
  readLiteral(): Json {
    this.skipSpaces();
    const c = this.peek();
    if (c === "'" || c === '"') return this.readQuoted();
    if (c === '[') return this.readArrayLiteral();
    if (c === '{') return this.readObjectLiteral();
    if (this.eat('true')) return true;
    if (this.eat('false')) return false;
    if (this.eat('null')) return null;
    return this.readNumber();
  }

  private readArrayLiteral(): Json[] {
    this.expect('[');
    const items: Json[] = [];
    this.skipSpaces();
    if (this.eat(']')) return items;
    for (;;) {
      items.push(this.readLiteral());
      this.skipSpaces();
      if (this.eat(']')) return items;
      this.expect(',');
    }
  }

  private readObjectLiteral(): JsonObject {
    this.expect('{');
    const out: JsonObject = {};
    this.skipSpaces();
    if (this.eat('}')) return out;
    for (;;) {
      this.skipSpaces();
      const key = this.readQuoted();
      this.skipSpaces();
      this.expect(':');
      out[key] = this.readLiteral();
      this.skipSpaces();
      if (this.eat('}')) return out;
      this.expect(',');
    }
  }
}

function unescapeChar(c: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    default:
      return c;
  }
}
