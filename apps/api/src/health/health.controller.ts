import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { API_DEPS, type ApiDeps } from '../api-deps.js';

/** Ready once the database is connected; createApp receives it migrated. */
@ApiTags('health')
@Controller('healthz')
export class HealthController {
  constructor(@Inject(API_DEPS) private readonly deps: ApiDeps) {}

  @Get()
  @ApiOkResponse({ description: '{ "status": "ok" }' })
  @ApiServiceUnavailableResponse({ description: 'the database is not connected' })
  health(@Res({ passthrough: true }) res: Response): { status: string } {
    if (this.deps.db.isInitialized) return { status: 'ok' };
    res.status(503);
    return { status: 'unavailable' };
  }
}
