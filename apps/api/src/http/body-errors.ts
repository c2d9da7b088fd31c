import type { NextFunction, Request, Response } from 'express';
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
