/** A `*` of the pattern; every other token is one literal UTF-16 code unit. */
const STAR = null;
type Token = string | typeof STAR;

/**
 * StringMatches: `*` matches any run of characters (newlines included); `\*` is a literal `*` and
 * `\\` a literal backslash (a backslash before any other character makes that character literal).
 * The whole string must match. Greedy matching that backtracks only to the last `*` (at most
 * length × pattern steps): a regular expression built from the pattern backtracked exponentially
 * on patterns like `*a*a*a*a*b`.
 */
export function matchesWildcard(value: string, pattern: string): boolean {
  const tokens = tokenize(pattern);
  let v = 0;
  let p = 0;
  let lastStar = -1; // the last `*` seen, and where in value its match currently ends
  let starEnd = 0;
  while (v < value.length) {
    const t = tokens[p];
    if (p < tokens.length && t !== STAR && t === value[v]) {
      v++;
      p++;
    } else if (p < tokens.length && t === STAR) {
      lastStar = p++;
      starEnd = v;
    } else if (lastStar >= 0) {
      p = lastStar + 1; // let the last `*` take one more character
      v = ++starEnd;
    } else return false;
  }
  while (p < tokens.length && tokens[p] === STAR) p++;
  return p === tokens.length;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) tokens.push(pattern[++i]);
    else tokens.push(c === '*' ? STAR : c);
  }
  return tokens;
}
