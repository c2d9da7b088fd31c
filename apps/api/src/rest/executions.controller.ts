import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { redriveExecution, stateMachineArn, stopExecution } from '@durastep/worker';
import { API_DEPS, type ApiDeps } from '../api-deps.js';
import { EXECUTION_STATUSES } from '../executions/execution-row.js';
import { findExecutionByKey } from '../executions/find-execution.js';
import { listExecutions } from '../executions/list-executions.js';
import { optionalEnum, queryBoolean, queryInteger, queryString } from '../http/fields.js';
import { readHistory } from '../history/read-history.js';
import { toRestEvent } from '../history/to-rest-event.js';
import { MAX_PAGE_SIZE, pageSize } from '../pagination/cursor.js';
import { ApiErrors } from './api-responses.js';
import {
  ExecutionDto,
  ExecutionPageDto,
  HistoryPageDto,
  RedriveResultDto,
  StopExecutionDto,
  StopResultDto,
} from './dto/execution.dto.js';
import { parseStopExecution } from './execution-requests.js';
import { toExecutionSummaryView, toExecutionView, type ExecutionView } from './execution-view.js';

const KEY = { name: 'key', description: 'execution ARN (URL-encoded) or numeric id' };

@ApiTags('executions')
@Controller('api/executions')
export class ExecutionsController {
  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Get()
  @ApiQuery({ name: 'workflow', required: false, type: String })
  @ApiQuery({ name: 'status', required: false, enum: EXECUTION_STATUSES })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'cursor', required: false, type: String })
  @ApiOkResponse({ type: ExecutionPageDto, description: 'newest first' })
  @ApiErrors(400)
  async list(
    @Query('workflow') workflow: unknown,
    @Query('status') status: unknown,
    @Query('limit') limit: unknown,
    @Query('cursor') cursor: unknown,
  ) {
    const name = queryString(workflow, 'workflow');
    const filter = {
      stateMachineArn: name === undefined ? undefined : stateMachineArn(this.deps.scope, name),
      status: optionalEnum({ status: queryString(status, 'status') }, 'status', EXECUTION_STATUSES),
    };
    const page = await listExecutions(this.deps, filter, {
      size: pageSize(queryInteger(limit, 'limit', 1, MAX_PAGE_SIZE)),
      token: queryString(cursor, 'cursor'),
    });
    return {
      items: page.items.map(toExecutionSummaryView),
      ...(page.nextToken ? { nextCursor: page.nextToken } : {}),
    };
  }

  @Get(':key')
  @ApiParam(KEY)
  @ApiOkResponse({ type: ExecutionDto })
  @ApiErrors(404)
  async get(@Param('key') key: string): Promise<ExecutionView> {
    return toExecutionView(await findExecutionByKey(this.deps, key));
  }

  @Post(':key/stop')
  @HttpCode(202)
  @ApiParam(KEY)
  @ApiBody({ type: StopExecutionDto, required: false })
  @ApiAcceptedResponse({ type: StopResultDto, description: 'a worker aborts the execution' })
  @ApiErrors(400, 404)
  async stop(@Param('key') key: string, @Body() body: unknown) {
    const { error, cause } = parseStopExecution(body);
    const execution = await findExecutionByKey(this.deps, key);
    const { stopDate } = await stopExecution(this.deps.db, execution.arn, error, cause);
    return { arn: execution.arn, stopDate: stopDate.toISOString() };
  }

  @Get(':key/history')
  @ApiParam(KEY)
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'cursor', required: false, type: String })
  @ApiQuery({ name: 'reverse', required: false, type: Boolean })
  @ApiOkResponse({ type: HistoryPageDto })
  @ApiErrors(400, 404)
  async history(
    @Param('key') key: string,
    @Query('limit') limit: unknown,
    @Query('cursor') cursor: unknown,
    @Query('reverse') reverse: unknown,
  ) {
    const page = {
      size: pageSize(queryInteger(limit, 'limit', 1, MAX_PAGE_SIZE)),
      token: queryString(cursor, 'cursor'),
      reverse: queryBoolean(reverse, 'reverse') ?? false,
    };
    const execution = await findExecutionByKey(this.deps, key);
    const events = await readHistory(this.deps, execution.id, page);
    return {
      items: events.items.map(toRestEvent),
      ...(events.nextToken ? { nextCursor: events.nextToken } : {}),
    };
  }

  @Post(':key/redrive')
  @HttpCode(202)
  @ApiParam(KEY)
  @ApiAcceptedResponse({
    type: RedriveResultDto,
    description: 'a worker restarts the execution where it failed',
  })
  @ApiErrors(404, 409)
  async redrive(@Param('key') key: string) {
    const execution = await findExecutionByKey(this.deps, key);
    const { redriveDate } = await redriveExecution(this.deps.db, execution.arn);
    return { arn: execution.arn, redriveDate: redriveDate.toISOString() };
  }
}
