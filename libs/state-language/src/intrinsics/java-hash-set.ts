import { jsonEquals, type Json } from '../json.js';
import { javaHashCode } from './java-hash.js';

const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;
const MAX_CAPACITY = 2 ** 30;

/**
 * The distinct items of `items` in the iteration order of `new java.util.HashSet<>(items)`: buckets in
 * index order, insertion order inside a bucket, with HashMap's sizing and resizing rules. (Order inside
 * a treeified bucket, which needs 9+ colliding items and 64+ buckets, is approximated by insertion order.)
 */
export function javaHashSetOrder(items: readonly Json[]): Json[] {
  let capacity = tableSizeFor(Math.max(Math.floor(items.length / 0.75) + 1, 16));
  let buckets = emptyBuckets(capacity);
  let size = 0;
  for (const item of items) {
    const hash = spread(javaHashCode(item));
    const bucket = buckets[hash & (capacity - 1)];
    if (bucket.some((entry) => entry.hash === hash && jsonEquals(entry.item, item))) continue;
    bucket.push({ hash, item });
    const grow = () => {
      if (capacity >= MAX_CAPACITY) return;
      capacity *= 2;
      buckets = rehash(buckets, capacity);
    };
    // HashMap.putVal: a long bucket in a small table resizes instead of treeifying; then the load check.
    if (bucket.length > TREEIFY_THRESHOLD && capacity < MIN_TREEIFY_CAPACITY) grow();
    if (++size > capacity * 0.75) grow();
  }
  return buckets.flatMap((bucket) => bucket.map((entry) => entry.item));
}

type Entry = { readonly hash: number; readonly item: Json };

function spread(h: number): number {
  return h ^ (h >>> 16);
}

function tableSizeFor(n: number): number {
  let capacity = 1;
  while (capacity < n && capacity < MAX_CAPACITY) capacity *= 2;
  return capacity;
}

function emptyBuckets(capacity: number): Entry[][] {
  return Array.from({ length: capacity }, () => []);
}

function rehash(buckets: Entry[][], capacity: number): Entry[][] {
  const next = emptyBuckets(capacity);
  for (const bucket of buckets) for (const entry of bucket) next[entry.hash & (capacity - 1)].push(entry);
  return next;
}
