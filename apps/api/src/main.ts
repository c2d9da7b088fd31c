import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { sqlOf, type StartHandoff } from '@durastep/worker';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { bodyErrorHandler, BODY_LIMIT, JSON_MEDIA_TYPES, refuseDeepJson } from './http/body-errors.js';
import { setupOpenApi } from './http/open-api.js';
import { awsProtocolRoute } from './aws/aws-fast-path.js';
import { openFaasCallbackRoute } from './callbacks/openfaas-callback.js';
import { serveRawRoutesFirst } from './http/raw-routes.js';
import { RestErrorFilter } from './rest/rest-error.js';

export type ApiOptions = {
  /** A connected, migrated DataSource; the caller owns it (close() leaves it open). */
  db: DataSource;
  region: string;
  account: string;
  /** Listen on this port (0: any free one); without it the app is initialised but not listening. */
  port?: number;
  /** Interface to listen on (default all). */
  host?: string;
  /** Nest's logger (default: errors and warnings). */
  logger?: LoggerService | LogLevel[] | false;
  /** Worker pools in this process (`handoffTo(pools)`): StartExecution hands new executions to them. */
  handoff?: StartHandoff;
  /** Runs before the routes are sealed (init/listen): e.g. `app.useStaticAssets(consoleDir)`. */
  configure?: (app: NestExpressApplication) => void;
};

export type Api = {
  app: NestExpressApplication;
  /** Set when listening: the port and a loopback URL for it. */
  port?: number;
  url?: string;
  close(): Promise<void>;
};

/** Builds the HTTP API (AWS JSON protocol at POST /, REST under /api, OpenAPI at /docs, /healthz). */
export async function createApp(options: ApiOptions): Promise<Api> {
  const deps = {
    db: options.db,
    sql: sqlOf(options.db),
    scope: { region: options.region, account: options.account },
    handoff: options.handoff,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(deps), {
    bodyParser: false,
    logger: options.logger ?? ['error', 'warn'],
  });
  app.useBodyParser('json', { type: JSON_MEDIA_TYPES, limit: BODY_LIMIT, verify: refuseDeepJson });
  app.use(bodyErrorHandler);
  app.useGlobalFilters(new RestErrorFilter());
  setupOpenApi(app);
  const awsLogger = new Logger('AwsApi');
  const logError = (message: string, error: unknown) =>
    awsLogger.error(message, error instanceof Error ? error.stack : String(error));
  serveRawRoutesFirst(app.getHttpServer(), [
    awsProtocolRoute(deps, logError),
    openFaasCallbackRoute(deps, logError),
  ]);
  options.configure?.(app);
  const close = () => app.close();
  if (options.port === undefined) {
    await app.init();
    return { app, close };
  }
  await app.listen(options.port, options.host ?? '0.0.0.0');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const host =
    !options.host || options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return { app, port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, close };
}
