import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorDto } from './dto/error.dto.js';

/** Documents the `{ error, message }` answers a REST route gives, by status. */
export function ApiErrors(...statuses: (400 | 404 | 409 | 413)[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, type: ErrorDto })));
}
