/** A pure PRNG: the n-th draw of an execution is a function of its seed and n only. */
export function drawRandom(seed: string, n: number): number {
  let h = hashSeed(seed) ^ Math.imul(n + 1, 0x9e3779b9);
  // mulberry32 step
  h = (h + 0x6d2b79f5) | 0;
  let t = Math.imul(h ^ (h >>> 15), 1 | h);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const seedHashes = new Map<string, number>();
function hashSeed(seed: string): number {
  let h = seedHashes.get(seed);
  if (h !== undefined) return h;
  h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  if (seedHashes.size > 10_000) seedHashes.clear();
  seedHashes.set(seed, h);
  return h;
}

/** A version-4 UUID from 16 random bytes drawn from `random`. */
export function uuidFromRandom(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
