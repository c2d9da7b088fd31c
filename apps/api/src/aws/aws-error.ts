import { assertNever, type ApiErrorCode, type ApiFailure } from '../api-error.js';

/** What the AWS JSON protocol answers: a status, a body and, for errors, the error type header. */
export type AwsReply = { status: number; body: unknown; errorType?: string };

/**
 * An AWS JSON protocol error: HTTP 400 (500 for InternalFailure) with `__type` naming the shape as
 * AWS does (`com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist`), a `message`, and the
 * `x-amzn-ErrorType` header; the AWS SDKs and CLI read either.
 */
export function awsErrorReply(failure: ApiFailure): AwsReply {
  return {
    status: failure.code === 'InternalFailure' ? 500 : 400,
    body: { __type: `${namespaceOf(failure.code)}#${failure.code}`, message: failure.message },
    errorType: failure.code,
  };
}

/** Service model errors live in Step Functions' namespace; protocol errors in the Coral framework's. */
function namespaceOf(code: ApiErrorCode): string {
  switch (code) {
    case 'UnknownOperationException':
    case 'SerializationException':
    case 'InternalFailure':
    case 'PayloadTooLarge':
    case 'NotFound':
      return 'com.amazon.coral.service';
    case 'ValidationException':
      return 'com.amazon.coral.validate';
    case 'StateMachineDoesNotExist':
    case 'StateMachineAlreadyExists':
    case 'StateMachineDeleting':
    case 'InvalidDefinition':
    case 'InvalidName':
    case 'InvalidArn':
    case 'InvalidExecutionInput':
    case 'InvalidToken':
    case 'InvalidOutput':
    case 'ExecutionDoesNotExist':
    case 'ExecutionAlreadyExists':
    case 'ExecutionNotRedrivable':
    case 'TaskDoesNotExist':
    case 'TaskTimedOut':
    case 'ResourceNotFound':
    case 'TooManyTags':
    case 'StateMachineTypeNotSupported':
    case 'ConflictException':
    case 'MissingRequiredParameter':
      return 'com.amazonaws.swf.service.v2.model';
    default:
      return assertNever(code);
  }
}
