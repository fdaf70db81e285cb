import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID } from 'class-validator';
import { AmountField, CountField, DateField, OptionalTextField } from '../../shared/dto';

export class PayFundAdvanceRequest {
  @ApiProperty({ description: 'the wage-arrears case the advance is for', example: '0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21' }) @IsString() @IsUUID('all', { message: 'caseId must be a case id (UUID)' }) caseId!: string;
  @AmountField('amount advanced (垫付)') amount!: string;
  @CountField('workers paid', 1) workers!: number;
  @DateField('date the advance was paid') effectiveDate!: string;
  @OptionalTextField('note', 2000, '先行垫付基本生活费') note?: string | null;
}
