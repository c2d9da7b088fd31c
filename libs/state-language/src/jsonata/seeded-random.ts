/**
 * Deterministic [0,1) number for `$random(seed)`, the first `nextDouble()` of java.util.Random seeded
 * with `seed` (AWS's service is JVM-based, and States.MathRandom documents Java-style seeding). Any
 * finite number is accepted; the fraction is dropped and the value wrapped to a 64-bit long.
 */
const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

export function seededRandom(seed: number): number {
  const long = BigInt.asIntN(64, BigInt(Math.trunc(seed)));
  let state = (long ^ MULTIPLIER) & MASK;
  const next = (bits: bigint): bigint => {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return state >> (48n - bits);
  };
  const high = next(26n);
  const low = next(27n);
  return Number((high << 27n) + low) / 2 ** 53;
}
