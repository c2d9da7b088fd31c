import { DataSource } from 'typeorm';
import { InitialSchema1764100000000 } from '../../../../migrations/1764100000000-initial-schema.js';
import { LeaseIndex1764100000001 } from '../../../../migrations/1764100000001-lease-index.js';

export const MIGRATIONS = [InitialSchema1764100000000, LeaseIndex1764100000001];

export type DatabaseOptions = {
  /** postgres://… */
  url: string;
  /** Connections in this process's pool (the embedded database serves one at a time). */
  poolSize?: number;
  /** Run pending migrations (default true). */
  migrate?: boolean;
};

/** Connects to PostgreSQL and applies pending migrations (never `synchronize`). */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const ds = new DataSource({
    type: 'postgres',
    url: options.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10 },
  });
  await ds.initialize();
  if (options.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
