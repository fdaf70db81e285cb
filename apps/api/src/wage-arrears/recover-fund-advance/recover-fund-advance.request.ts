import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID } from 'class-validator';
import { AmountField, DateField, OptionalTextField } from '../../shared/dto';

export class RecoverFundAdvanceRequest {
  @ApiProperty({ description: 'the case whose advance is recovered' }) @IsString() @IsUUID('all', { message: 'caseId must be a case id (UUID)' }) caseId!: string;
  @AmountField('amount recovered from the employer (追偿)') amount!: string;
  @DateField('date the money came back') effectiveDate!: string;
  @OptionalTextField('note', 2000) note?: string | null;
}
