import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const HEADERS = { type: 'object', additionalProperties: { type: 'string' } } as const;

export class UpdateFunctionDto {
  @ApiProperty({ type: String, example: 'http://127.0.0.1:8080/function/hello' }) url!: string;
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 86400, default: 30 }) timeoutSeconds?: number;
  @ApiPropertyOptional({ ...HEADERS, description: 'sent with every call' }) headers?: Record<string, string>;
}

export class CreateFunctionDto extends UpdateFunctionDto {
  @ApiProperty({ type: String, example: 'hello' }) name!: string;
}

export class FunctionDto extends CreateFunctionDto {
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class FunctionListDto {
  @ApiProperty({ type: [FunctionDto] }) items!: FunctionDto[];
}
