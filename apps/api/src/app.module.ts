import { Module, type DynamicModule } from '@nestjs/common';
import { API_DEPS, type ApiDeps } from './api-deps.js';
import { AwsController } from './aws/aws.controller.js';
import { HealthController } from './health/health.controller.js';
import { ExecutionsController } from './rest/executions.controller.js';
import { FunctionsController } from './rest/functions.controller.js';
import { TasksController } from './rest/tasks.controller.js';
import { WorkflowsController } from './rest/workflows.controller.js';

@Module({})
export class AppModule {
  static register(deps: ApiDeps): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        HealthController,
        AwsController,
        WorkflowsController,
        ExecutionsController,
        FunctionsController,
        TasksController,
      ],
      providers: [{ provide: API_DEPS, useValue: deps }],
    };
  }
}
