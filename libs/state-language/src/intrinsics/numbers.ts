/** Java's `Math.round` (halves towards positive infinity), as AWS applies it in States.MathAdd. */
export function javaRound(n: number): number {
  return Math.round(n) + 0;
}

/** Java's `intValue()` truncation, as AWS applies it to ArrayRange, ArrayPartition, ArrayGetItem, MathRandom. */
export function truncate(n: number): number {
  return Math.trunc(n) + 0;
}

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

export function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
}
