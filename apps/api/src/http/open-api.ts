import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI for the REST API: the UI at /docs, the document at /docs-json. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Durastep')
    .setDescription(
      'Workflows in Amazon States Language, their executions and histories, and the function registry. ' +
        'The AWS Step Functions JSON protocol is served at POST / (X-Amz-Target: AWSStepFunctions.<Action>).',
    )
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, config));
}
