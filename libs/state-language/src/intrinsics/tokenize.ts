import { syntaxError } from './syntax-error.js';

export type Token =
  | { readonly type: 'name'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: '(' | ')' | ','; readonly start: number; readonly end: number }
  | {
      readonly type: 'string';
      readonly value: string;
      readonly literalBraces: readonly number[];
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly type: 'literal';
      readonly value: number | boolean | null;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: 'path'; readonly path: string; readonly start: number; readonly end: number }
  | { readonly type: 'end'; readonly start: number; readonly end: number };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NAME = /States\.[A-Za-z0-9_]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const KEYWORD = /(?:true|false|null)(?![A-Za-z0-9_.$])/y;
/** The only escapes intrinsic string literals allow; any other backslash is an error. */
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/** Splits an intrinsic invocation into tokens; throws IntrinsicSyntaxError on malformed input. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (WHITESPACE.has(c)) i++;
    else if (c === '(' || c === ')' || c === ',') tokens.push({ type: c, start: i, end: ++i });
    else if (c === "'") i = pushString(text, i, tokens);
    else if (c === '$') i = pushPath(text, i, tokens);
    else if (c === '-' || (c >= '0' && c <= '9')) i = pushNumber(text, i, tokens);
    else i = pushWord(text, i, tokens);
  }
  tokens.push({ type: 'end', start: text.length, end: text.length });
  return tokens;
}

function pushString(text: string, start: number, tokens: Token[]): number {
  let value = '';
  const literalBraces: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== "'") {
    if (text[i] === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      if (!ESCAPABLE.has(next)) syntaxError(`Illegal escape sequence '\\${next}' in string literal`, i);
      if (next === '{' || next === '}') literalBraces.push(value.length);
      value += next;
      i += 2;
    } else {
      value += text[i++];
    }
  }
  if (i >= text.length) syntaxError('Unterminated string literal', start);
  tokens.push({ type: 'string', value, literalBraces, start, end: i + 1 });
  return i + 1;
}

/** A path runs to the next `,`, `)` or whitespace outside brackets; brackets may hold quoted text. */
function pushPath(text: string, start: number, tokens: Token[]): number {
  let depth = 0;
  let quote: string | null = null;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) syntaxError("Unbalanced ']' in path", i);
      depth--;
    } else if (depth > 0 && (c === "'" || c === '"')) quote = c;
    else if (depth === 0 && (c === ',' || c === ')' || WHITESPACE.has(c))) break;
  }
  if (quote !== null || depth > 0) syntaxError("Unclosed '[' in path", start);
  tokens.push({ type: 'path', path: text.slice(start, i), start, end: i });
  return i;
}

function pushNumber(text: string, start: number, tokens: Token[]): number {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) return syntaxError('Invalid number', start);
  const value = Number(match[0]);
  if (!Number.isFinite(value)) syntaxError(`Number out of range '${match[0]}'`, start);
  const end = start + match[0].length;
  tokens.push({ type: 'literal', value: Object.is(value, -0) ? 0 : value, start, end });
  return end;
}

function pushWord(text: string, start: number, tokens: Token[]): number {
  KEYWORD.lastIndex = start;
  const keyword = KEYWORD.exec(text);
  if (keyword) {
    const value = keyword[0] === 'null' ? null : keyword[0] === 'true';
    tokens.push({ type: 'literal', value, start, end: start + keyword[0].length });
    return start + keyword[0].length;
  }
  NAME.lastIndex = start;
  const name = NAME.exec(text);
  if (!name) return syntaxError(`Unexpected character '${text[start]}'`, start);
  const end = start + name[0].length;
  tokens.push({ type: 'name', name: name[0], start, end });
  return end;
}
