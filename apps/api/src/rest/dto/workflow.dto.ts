import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASL_DEFINITION } from './json-schemas.js';
const TYPES = ['STANDARD', 'EXPRESS'];

export class CreateWorkflowDto {
  @ApiProperty({ type: String, maxLength: 80, example: 'hello-world' })
  name!: string;

  @ApiProperty(ASL_DEFINITION)
  definition!: object | string;

  @ApiPropertyOptional({ enum: TYPES, default: 'STANDARD' })
  type?: string;

  @ApiPropertyOptional({ type: String, description: 'IAM role ARN recorded with the workflow' })
  roleArn?: string;

  @ApiPropertyOptional({ type: String })
  description?: string;
}

export class UpdateWorkflowDto {
  @ApiPropertyOptional(ASL_DEFINITION)
  definition?: object | string;

  @ApiPropertyOptional({ type: String })
  roleArn?: string;

  @ApiPropertyOptional({ type: String })
  description?: string;
}

export class WorkflowDto {
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, example: 'arn:aws:states:us-east-1:123456789012:stateMachine:hello-world' })
  arn!: string;
  @ApiProperty({ enum: TYPES }) type!: string;
  @ApiProperty({ enum: ['ACTIVE', 'DELETING'] }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) definition!: object;
  @ApiProperty({ type: String }) roleArn!: string;
  @ApiProperty({ type: String }) revisionId!: string;
  @ApiPropertyOptional({ type: String }) description?: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class WorkflowPageDto {
  @ApiProperty({ type: [WorkflowDto] }) items!: WorkflowDto[];
  @ApiPropertyOptional({ type: String, description: 'pass as `cursor` for the next page' })
  nextCursor?: string;
}
