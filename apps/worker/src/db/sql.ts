import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** Plain SQL over the DataSource's own pg pool: the worker's hot path skips the ORM layer. */
export type Sql = {
  /** `name` makes it a prepared statement (planned once per connection): for the hot path. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[], name?: string): Promise<T[]>;
  /** Rows a statement changed. */
  affected(text: string, params?: unknown[], name?: string): Promise<number>;
  /** Runs `work` in a transaction; rows affected by the last statement via `affected`. */
  transaction<R>(work: (tx: SqlTx) => Promise<R>): Promise<R>;
};
export type SqlTx = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  affected(text: string, params?: unknown[]): Promise<number>;
};

export function sqlOf(db: DataSource): Sql {
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  return {
    async query<T>(text: string, params?: unknown[], name?: string) {
      return (await pool.query({ text, values: params, name })).rows as T[];
    },
    async affected(text: string, params?: unknown[], name?: string) {
      return (await pool.query({ text, values: params, name })).rowCount ?? 0;
    },
    async transaction<R>(work: (tx: SqlTx) => Promise<R>): Promise<R> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: SqlTx = {
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as T[],
          affected: async (text: string, params?: unknown[]) =>
            (await client.query(text, params)).rowCount ?? 0,
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
  };
}
