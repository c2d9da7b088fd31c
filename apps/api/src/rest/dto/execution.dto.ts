import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANY_JSON } from './json-schemas.js';

const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];

export class StartExecutionDto {
  @ApiPropertyOptional({ type: String, maxLength: 80, description: 'default: a UUID' })
  name?: string;

  @ApiPropertyOptional({ ...ANY_JSON, default: {} })
  input?: unknown;
}

export class StopExecutionDto {
  @ApiPropertyOptional({ type: String, maxLength: 256 }) error?: string;
  @ApiPropertyOptional({ type: String, maxLength: 32768 }) cause?: string;
}

export class ExecutionSummaryDto {
  @ApiProperty({ type: String }) id!: string;
  @ApiProperty({ type: String }) arn!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, description: 'workflow name' }) workflow!: string;
  @ApiProperty({ type: String }) stateMachineArn!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) startDate!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) stopDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, nullable: true }) cause!: string | null;
  @ApiProperty({ type: Number }) redriveCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) redriveDate!: string | null;
}

export class ExecutionDto extends ExecutionSummaryDto {
  @ApiProperty(ANY_JSON) input!: unknown;
  @ApiProperty({ ...ANY_JSON, nullable: true }) output!: unknown;
}

export class ExecutionPageDto {
  @ApiProperty({ type: [ExecutionSummaryDto] }) items!: ExecutionSummaryDto[];
  @ApiPropertyOptional({ type: String }) nextCursor?: string;
}

export class StopResultDto {
  @ApiProperty({ type: String }) arn!: string;
  @ApiProperty({ type: String, format: 'date-time' }) stopDate!: string;
}

export class RedriveResultDto {
  @ApiProperty({ type: String }) arn!: string;
  @ApiProperty({ type: String, format: 'date-time' }) redriveDate!: string;
}

export class HistoryEventDto {
  @ApiProperty({ type: Number }) id!: number;
  @ApiProperty({ type: Number }) previousEventId!: number;
  @ApiProperty({ type: String, example: 'TaskStateEntered' }) type!: string;
  @ApiProperty({ type: String, format: 'date-time' }) timestamp!: string;
}

export class HistoryPageDto {
  @ApiProperty({
    type: [HistoryEventDto],
    description: "events with AWS's `…EventDetails` fields, payloads as JSON values",
  })
  items!: HistoryEventDto[];
  @ApiPropertyOptional({ type: String }) nextCursor?: string;
}
