import { resolve } from 'node:path';
import { DEFAULT_STEP_HOLD_MS } from './worker/execution-actor.js';

/** Service configuration, from the environment (documented in the README). */
export type ServiceConfig = {
  port: number;
  /** A PostgreSQL server; when absent the embedded PGlite database under dataDir is used. */
  databaseUrl?: string;
  dataDir: string;
  /** In-process worker pools (`npm start`); 0 leaves execution to `npm run worker` processes. */
  workers: number;
  /** Executions each worker pool drives at once. */
  workerConcurrency: number;
  /** How long a worker's claim on an execution lasts without renewal (a dead worker's work is taken over after it). */
  leaseSeconds: number;
  /**
   * How long a worker may hold back a quick step so that the next steps of its execution share its
   * journal row (ms; 0 writes each step at once). Bounds how far a running execution's stored
   * history lags behind its calls, and how much a crash repeats.
   */
  stepHoldMs: number;
  lambdaEndpoint?: string;
  openfaasGateway?: string;
  /**
   * How functions reach this service (PUBLIC_URL, default http://127.0.0.1:PORT): async OpenFaaS
   * calls (`openfaas:NAME.async`) send their result to `{publicUrl}/api/callbacks/openfaas/{token}`.
   */
  publicUrl: string;
  /** Extra hosts tasks may call, besides loopback and registered functions. */
  allowedHosts: string[];
  region: string;
  account: string;
};

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got '${raw}'`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const port = int('PORT', 8080, env);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || 'data'),
    workers: int('WORKERS', 1, env),
    workerConcurrency: int('WORKER_CONCURRENCY', 64, env),
    leaseSeconds: Math.max(1, int('WORKER_LEASE_SECONDS', 30, env)),
    stepHoldMs: int('STEP_HOLD_MS', DEFAULT_STEP_HOLD_MS, env),
    lambdaEndpoint: env.LAMBDA_ENDPOINT || undefined,
    openfaasGateway: env.OPENFAAS_GATEWAY || undefined,
    publicUrl: (env.PUBLIC_URL || `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    region: env.AWS_REGION || env.DURASTEP_REGION || 'us-east-1',
    account: env.DURASTEP_ACCOUNT || '123456789012',
  };
}
