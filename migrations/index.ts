import { InitialSchema1764100000000 } from './1764100000000-initial-schema.js';
import { LeaseIndex1764100000001 } from './1764100000001-lease-index.js';

/** Every migration, in order. Append-only: one change each, never edited once released. */
export const MIGRATIONS = [InitialSchema1764100000000, LeaseIndex1764100000001];
