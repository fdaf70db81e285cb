import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID } from 'class-validator';
import { AmountField, CountField, DateField, OptionalTextField } from '../../shared/dto';

export class PayFundAdvanceRequest {
  @ApiProperty({ description: 'the wage-arrears case the advance is for' }) @IsString() @IsUUID('all', { message: 'caseId must be a case id (UUID)' }) caseId!: string;
  @AmountField('amount advanced (垫付)') amount!: string;
  @CountField('workers paid', 1) workers!: number;
  @DateField('date the advance was paid') effectiveDate!: string;
  @OptionalTextField('note', 2000) note?: string | null;
}
