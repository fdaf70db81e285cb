import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DateField, OptionalTextField, TextField } from '../../shared/dto';

export class ReviseTargetRequest {
  @ApiProperty({ example: '3500', description: 'new target (decimal string)' }) @IsString({ message: 'target must be a decimal string' }) @MaxLength(32) target!: string;
  @OptionalTextField('target as it should be printed (defaults to target)', 200, '≥3500人') targetText?: string | null;
  @TextField('reason for the revision (e.g. the approving document)', 500, '潼人社发〔2023〕30号 调整年度目标') reason!: string;
  @DateField('business date of the revision') effectiveDate!: string;
}
