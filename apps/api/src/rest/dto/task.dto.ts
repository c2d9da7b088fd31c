import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANY_JSON } from './json-schemas.js';

const TOKEN = {
  type: String,
  maxLength: 2048,
  description:
    'the `$$.Task.Token` of a `.waitForTaskToken` task (also sent to the function as `X-Durastep-Task-Token`)',
};

export class TaskSuccessDto {
  @ApiProperty(TOKEN) taskToken!: string;
  @ApiProperty({ ...ANY_JSON, description: "the task's result: any JSON value (at most 256 KiB)" })
  output!: unknown;
}

export class TaskFailureDto {
  @ApiProperty(TOKEN) taskToken!: string;
  @ApiPropertyOptional({ type: String, maxLength: 256, default: 'States.TaskFailed' }) error?: string;
  @ApiPropertyOptional({ type: String, maxLength: 32768 }) cause?: string;
}

export class TaskHeartbeatDto {
  @ApiProperty(TOKEN) taskToken!: string;
}
