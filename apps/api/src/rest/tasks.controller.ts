import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiTags } from '@nestjs/swagger';
import { sendTaskFailure, sendTaskHeartbeat, sendTaskSuccess } from '@durastep/worker';
import { API_DEPS, type ApiDeps } from '../api-deps.js';
import { ApiErrors } from './api-responses.js';
import { TaskFailureDto, TaskHeartbeatDto, TaskSuccessDto } from './dto/task.dto.js';
import { parseTaskFailure, parseTaskHeartbeat, parseTaskSuccess } from './task-requests.js';

/**
 * Callbacks for `.waitForTaskToken` tasks (REST twins of SendTaskSuccess / SendTaskFailure /
 * SendTaskHeartbeat). 202: the result is queued; a worker applies it to the execution.
 */
@ApiTags('tasks')
@Controller('api/tasks')
export class TasksController {
  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Post('success')
  @HttpCode(202)
  @ApiBody({ type: TaskSuccessDto })
  @ApiAcceptedResponse({ description: 'the task succeeds with `output`' })
  @ApiErrors(400, 404)
  async success(@Body() body: unknown): Promise<void> {
    const { taskToken, output } = parseTaskSuccess(body);
    await sendTaskSuccess(this.deps.db, taskToken, output);
  }

  @Post('failure')
  @HttpCode(202)
  @ApiBody({ type: TaskFailureDto })
  @ApiAcceptedResponse({ description: 'the task fails with `error` and `cause` (Retry/Catch apply)' })
  @ApiErrors(400, 404)
  async failure(@Body() body: unknown): Promise<void> {
    const { taskToken, error, cause } = parseTaskFailure(body);
    await sendTaskFailure(this.deps.db, taskToken, error, cause);
  }

  @Post('heartbeat')
  @HttpCode(202)
  @ApiBody({ type: TaskHeartbeatDto })
  @ApiAcceptedResponse({ description: "the task's HeartbeatSeconds clock restarts" })
  @ApiErrors(400, 404)
  async heartbeat(@Body() body: unknown): Promise<void> {
    const { taskToken } = parseTaskHeartbeat(body);
    await sendTaskHeartbeat(this.deps.db, taskToken);
  }
}
