const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

export type JavaRandom = {
  /** `java.util.Random.nextInt(bound)`: uniform in [0, bound), bound in [1, 2^31 - 1]. */
  nextInt(bound: number): number;
  /** `java.util.Random.nextDouble()`: uniform in [0, 1). */
  nextDouble(): number;
};

/** A `new java.util.Random(seed)`: the same seed yields the same sequence as on the JVM. */
export function javaRandom(seed: bigint): JavaRandom {
  let state = (seed ^ MULTIPLIER) & MASK;
  const next = (bits: number): number => {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, state >> BigInt(48 - bits)));
  };
  return {
    nextInt(bound) {
      if ((bound & (bound - 1)) === 0) return Number((BigInt(bound) * BigInt(next(31))) >> 31n);
      let bits: number;
      let value: number;
      do {
        bits = next(31);
        value = bits % bound;
      } while (bits - value + (bound - 1) > 2147483647); // Java: int overflow means "retry"
      return value;
    },
    nextDouble() {
      return (next(26) * 2 ** 27 + next(27)) * 2 ** -53;
    },
  };
}
