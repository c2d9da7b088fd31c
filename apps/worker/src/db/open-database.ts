import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@durastep/migrations';

export { MIGRATIONS };

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
