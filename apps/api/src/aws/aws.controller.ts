import { Body, Controller, Headers, Inject, Logger, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Response } from 'express';
import { API_DEPS, type ApiDeps } from '../api-deps.js';
import type { AwsReply } from './aws-error.js';
import { handleAwsRequest } from './handle-aws-request.js';

/** The AWS Step Functions JSON protocol: `POST /` with `X-Amz-Target: AWSStepFunctions.<Action>`. */
@ApiExcludeController()
@Controller()
export class AwsController {
  private readonly logger = new Logger('AwsApi');

  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Post()
  async handle(
    @Headers('x-amz-target') target: string | undefined,
    @Body() body: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const reply = await handleAwsRequest(this.deps, target, body, (message, error) =>
      this.logger.error(message, error instanceof Error ? error.stack : String(error)),
    );
    sendAwsReply(res, reply);
  }
}

export function sendAwsReply(res: ServerResponse, reply: AwsReply): void {
  res.statusCode = reply.status;
  res.setHeader('Content-Type', 'application/x-amz-json-1.0');
  res.setHeader('x-amzn-RequestId', randomUUID());
  if (reply.errorType) res.setHeader('x-amzn-ErrorType', reply.errorType);
  res.end(JSON.stringify(reply.body));
}
