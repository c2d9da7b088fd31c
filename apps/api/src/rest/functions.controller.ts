import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { API_DEPS, type ApiDeps } from '../api-deps.js';
import {
  createFunction,
  deleteFunction,
  getFunction,
  listFunctions,
  updateFunction,
  type FunctionRecord,
} from '../functions/function-registry.js';
import { ApiErrors } from './api-responses.js';
import { CreateFunctionDto, FunctionDto, FunctionListDto, UpdateFunctionDto } from './dto/function.dto.js';
import { parseFunctionSpec } from './function-requests.js';

/** The function registry: `Resource: "function:NAME"` (or `openfaas:NAME`) calls the registered URL. */
@ApiTags('functions')
@Controller('api/functions')
export class FunctionsController {
  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Post()
  @ApiBody({ type: CreateFunctionDto })
  @ApiCreatedResponse({ type: FunctionDto })
  @ApiErrors(400, 409)
  create(@Body() body: unknown): Promise<FunctionRecord> {
    return createFunction(this.deps, parseFunctionSpec(body));
  }

  @Get()
  @ApiOkResponse({ type: FunctionListDto })
  async list(): Promise<{ items: FunctionRecord[] }> {
    return { items: await listFunctions(this.deps) };
  }

  @Get(':name')
  @ApiOkResponse({ type: FunctionDto })
  @ApiErrors(404)
  get(@Param('name') name: string): Promise<FunctionRecord> {
    return getFunction(this.deps, name);
  }

  @Put(':name')
  @ApiBody({ type: UpdateFunctionDto })
  @ApiOkResponse({ type: FunctionDto })
  @ApiErrors(400, 404)
  update(@Param('name') name: string, @Body() body: unknown): Promise<FunctionRecord> {
    return updateFunction(this.deps, parseFunctionSpec(body, name));
  }

  @Delete(':name')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted' })
  @ApiErrors(404)
  remove(@Param('name') name: string): Promise<void> {
    return deleteFunction(this.deps, name);
  }
}
