export type FormatTemplate =
  | { readonly ok: true; readonly chunks: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Splits a States.Format template at its `{}` placeholders: `chunks` holds the literal text around them
 * (one more chunk than placeholders). Braces at `literalBraces` were escaped (`\{`, `\}`) and are text;
 * any other brace must be part of a `{}` pair.
 */
export function parseFormatTemplate(text: string, literalBraces: ReadonlySet<number>): FormatTemplate {
  const chunks: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const isBrace = (c === '{' || c === '}') && !literalBraces.has(i);
    if (!isBrace) {
      current += c;
    } else if (c === '{' && text[i + 1] === '}' && !literalBraces.has(i + 1)) {
      chunks.push(current);
      current = '';
      i++;
    } else {
      return {
        ok: false,
        message: c === '{' ? "matching '}' not found for '{'." : "matching '{' not found for '}'.",
      };
    }
  }
  chunks.push(current);
  return { ok: true, chunks };
}
