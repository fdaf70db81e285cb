import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID } from 'class-validator';
import { AmountField, DateField, OptionalTextField } from '../../shared/dto';

export class RecoverFundAdvanceRequest {
  @ApiProperty({ description: 'the case whose advance is recovered', example: '0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21' }) @IsString() @IsUUID('all', { message: 'caseId must be a case id (UUID)' }) caseId!: string;
  @AmountField('amount recovered from the employer (追偿)') amount!: string;
  @DateField('date the money came back') effectiveDate!: string;
  @OptionalTextField('note', 2000, '用工单位已归还垫付资金') note?: string | null;
}
