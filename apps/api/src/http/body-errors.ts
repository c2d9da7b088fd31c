import type { NextFunction, Request, Response } from 'express';
import { MAX_JSON_NESTING, nestsDeeperThan } from '@durastep/state-language';
import type { ApiFailure } from '../api-error.js';
import { awsErrorReply } from '../aws/aws-error.js';
import { sendAwsReply } from '../aws/aws.controller.js';
import { sendRestError } from '../rest/rest-error.js';

/** Media types read as JSON: the AWS JSON protocol's and plain JSON. */
export const JSON_MEDIA_TYPES = [
  'application/json',
  'application/x-amz-json-1.0',
  'application/x-amz-json-1.1',
];
export const BODY_LIMIT = '2mb';

/**
 * body-parser's `verify`: JSON nested deeper than the engine accepts (one level more for the REST
 * field that holds an input or a definition) is refused before it is parsed. Express would parse
 * it, but the handlers' JSON.stringify overflows the stack on it (a 500).
 */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (body.length > 2 * MAX_JSON_NESTING && nestsDeeperThan(body.toString('utf8'), MAX_JSON_NESTING + 1))
    throw new Error(`the JSON is nested deeper than ${MAX_JSON_NESTING} levels`);
}

/**
 * Express error middleware for the body parser: malformed JSON is SerializationException, a body
 * over the limit is ValidationException (AWS protocol) or 413 (REST); never a 500.
 */
export function bodyErrorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (err ?? {}) as { type?: unknown; status?: unknown };
  const aws = req.headers['x-amz-target'] !== undefined || req.path === '/';
  let failure: ApiFailure;
  if (type === 'entity.too.large') {
    const message = `The request body exceeds ${BODY_LIMIT}`;
    failure = aws ? { code: 'ValidationException', message } : { code: 'PayloadTooLarge', message };
  } else if (
    type === 'entity.parse.failed' ||
    type === 'encoding.unsupported' ||
    type === 'charset.unsupported' ||
    type === 'entity.verify.failed' ||
    // A body that does not inflate as its Content-Encoding says (the parser's 400, without a type).
    status === 400
  ) {
    failure = {
      code: 'SerializationException',
      message: `Malformed request body: ${(err as Error).message}`,
    };
  } else {
    return next(err);
  }
  if (aws) sendAwsReply(res, awsErrorReply(failure));
  else sendRestError(res, failure);
}
