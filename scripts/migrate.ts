// `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database under
// DATA_DIR) and prints what ran. The service also migrates at start-up.
import { resolve } from 'node:path';
import { openDatabase, readConfig, startEmbeddedPostgres } from '@durastep/worker';

const config = readConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(resolve(config.dataDir, 'pg'));
const db = await openDatabase({ url: config.databaseUrl ?? embedded!.url, poolSize: 1, migrate: false });
const ran = await db.runMigrations({ transaction: 'each' });
console.log(ran.length ? `applied: ${ran.map((m) => m.name).join(', ')}` : 'database is up to date');
await db.destroy();
await embedded?.stop();
