import type { DataSource } from 'typeorm';
import type { AwsScope, Sql, StartHandoff } from '@durastep/worker';

/** What every handler needs: the database (TypeORM for the worker's commands, plain SQL for reads) and the ARN scope. */
export type ApiDeps = {
  readonly db: DataSource;
  readonly sql: Sql;
  readonly scope: AwsScope;
  /** The worker pools of this process, when it runs some: new executions go straight to them. */
  readonly handoff?: StartHandoff;
};

/** Nest injection token for ApiDeps (no emitDecoratorMetadata: every injection names its token). */
export const API_DEPS = Symbol('ApiDeps');

/** A transaction of Sql (the worker exports Sql only). */
export type SqlTx = Parameters<Parameters<Sql['transaction']>[0]>[0];
