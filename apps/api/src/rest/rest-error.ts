import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { assertNever, failureOf, type ApiErrorCode, type ApiFailure } from '../api-error.js';

/** The HTTP status of a REST error: 404 for missing things, 409 for conflicts, else 400. */
export function restStatusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'StateMachineDoesNotExist':
    case 'ExecutionDoesNotExist':
    case 'TaskDoesNotExist':
    case 'ResourceNotFound':
    case 'NotFound':
      return 404;
    case 'StateMachineAlreadyExists':
    case 'StateMachineDeleting':
    case 'ExecutionAlreadyExists':
    case 'ExecutionNotRedrivable':
    case 'TaskTimedOut':
    case 'ConflictException':
      return 409;
    case 'PayloadTooLarge':
      return 413;
    case 'InvalidDefinition':
    case 'InvalidName':
    case 'InvalidArn':
    case 'InvalidExecutionInput':
    case 'InvalidToken':
    case 'InvalidOutput':
    case 'TooManyTags':
    case 'StateMachineTypeNotSupported':
    case 'ValidationException':
    case 'MissingRequiredParameter':
    case 'UnknownOperationException':
    case 'SerializationException':
      return 400;
    case 'InternalFailure':
      return 500;
    default:
      return assertNever(code);
  }
}

export function sendRestError(res: Response, failure: ApiFailure): void {
  res.status(restStatusOf(failure.code)).json({ error: failure.code, message: failure.message });
}

/**
 * Maps what a REST handler threw to `{ error, message }`: API and engine errors by code, Nest's own
 * HTTP exceptions (unknown route…) by status, anything else a logged 500 InternalFailure.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestApi');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const failure = failureOf(exception);
    if (failure) return sendRestError(res, failure);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res
        .status(status)
        .json({ error: status === 404 ? 'NotFound' : exception.name, message: exception.message });
      return;
    }
    this.logger.error('request failed', exception instanceof Error ? exception.stack : String(exception));
    sendRestError(res, {
      code: 'InternalFailure',
      message: 'An internal error occurred; see the service log',
    });
  }
}
