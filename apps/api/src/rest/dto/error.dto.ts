import { ApiProperty } from '@nestjs/swagger';

export class ErrorDto {
  @ApiProperty({ type: String, example: 'ExecutionDoesNotExist', description: 'AWS-style error name' })
  error!: string;

  @ApiProperty({ type: String })
  message!: string;
}
