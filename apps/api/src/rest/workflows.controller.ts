import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { EngineError, stateMachineArn } from '@durastep/worker';
import type { Response } from 'express';
import { API_DEPS, type ApiDeps } from '../api-deps.js';
import { startWorkflowExecution } from '../executions/start-workflow-execution.js';
import { queryInteger, queryString } from '../http/fields.js';
import { MAX_PAGE_SIZE, pageSize } from '../pagination/cursor.js';
import { createStateMachine } from '../state-machines/create-state-machine.js';
import { deleteStateMachine } from '../state-machines/delete-state-machine.js';
import { findStateMachine } from '../state-machines/find-state-machine.js';
import { listStateMachines } from '../state-machines/list-state-machines.js';
import { updateStateMachine } from '../state-machines/update-state-machine.js';
import { ApiErrors } from './api-responses.js';
import { ExecutionDto, StartExecutionDto } from './dto/execution.dto.js';
import { CreateWorkflowDto, UpdateWorkflowDto, WorkflowDto, WorkflowPageDto } from './dto/workflow.dto.js';
import { parseStartExecution } from './execution-requests.js';
import { toExecutionView, type ExecutionView } from './execution-view.js';
import { parseCreateWorkflow, parseUpdateWorkflow } from './workflow-requests.js';
import { toWorkflowView, type WorkflowView } from './workflow-view.js';

@ApiTags('workflows')
@Controller('api/workflows')
export class WorkflowsController {
  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Post()
  @ApiBody({ type: CreateWorkflowDto })
  @ApiCreatedResponse({ type: WorkflowDto, description: 'created' })
  @ApiOkResponse({ type: WorkflowDto, description: 'the same workflow existed already' })
  @ApiErrors(400, 409)
  async create(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<WorkflowView> {
    const { machine, existing } = await createStateMachine(
      this.deps,
      parseCreateWorkflow(body, this.deps.scope),
    );
    res.status(existing ? 200 : 201);
    return toWorkflowView(machine);
  }

  @Get()
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'cursor', required: false, type: String })
  @ApiOkResponse({ type: WorkflowPageDto })
  @ApiErrors(400)
  async list(@Query('limit') limit: unknown, @Query('cursor') cursor: unknown) {
    const page = await listStateMachines(this.deps, {
      size: pageSize(queryInteger(limit, 'limit', 1, MAX_PAGE_SIZE)),
      token: queryString(cursor, 'cursor'),
    });
    return {
      items: page.items.map(toWorkflowView),
      ...(page.nextToken ? { nextCursor: page.nextToken } : {}),
    };
  }

  @Get(':name')
  @ApiOkResponse({ type: WorkflowDto })
  @ApiErrors(404)
  async get(@Param('name') name: string): Promise<WorkflowView> {
    return toWorkflowView(await findStateMachine(this.deps, stateMachineArn(this.deps.scope, name)));
  }

  @Put(':name')
  @ApiBody({ type: UpdateWorkflowDto })
  @ApiOkResponse({ type: WorkflowDto })
  @ApiErrors(400, 404, 409)
  async update(@Param('name') name: string, @Body() body: unknown): Promise<WorkflowView> {
    const changes = parseUpdateWorkflow(body);
    return toWorkflowView(
      await updateStateMachine(this.deps, stateMachineArn(this.deps.scope, name), changes),
    );
  }

  @Delete(':name')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted (running executions go on; it is DELETING until they end)' })
  @ApiErrors(404)
  async remove(@Param('name') name: string): Promise<void> {
    const arn = stateMachineArn(this.deps.scope, name);
    if ((await deleteStateMachine(this.deps, arn)) === 'absent')
      throw new EngineError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  }

  @Post(':name/executions')
  @ApiBody({ type: StartExecutionDto })
  @ApiCreatedResponse({ type: ExecutionDto, description: 'started' })
  @ApiOkResponse({ type: ExecutionDto, description: 'an execution with this name and input exists' })
  @ApiErrors(400, 404, 409)
  async start(
    @Param('name') name: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ExecutionView> {
    const { execution, existing } = await startWorkflowExecution(this.deps, name, parseStartExecution(body));
    res.status(existing ? 200 : 201);
    return toExecutionView(execution);
  }
}
