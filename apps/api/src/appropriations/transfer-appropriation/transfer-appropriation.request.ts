import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { AmountField, DateField, OptionalTextField, TextField } from '../../shared/dto';

const LINE_ID = /^[A-Za-z0-9-]{1,64}$/;

export class TransferAppropriationRequest {
  @ApiProperty({ example: '426002-2023-P12' }) @IsString() @Matches(LINE_ID, { message: 'fromLineId must be a line id' }) fromLineId!: string;
  @ApiProperty({ example: '426002-2023-P13' }) @IsString() @Matches(LINE_ID, { message: 'toLineId must be a line id' }) toLineId!: string;
  @AmountField('amount moved from one line to the other') amount!: string;
  @DateField('business date of the transfer') effectiveDate!: string;
  @TextField('reason for the transfer', 500, '调剂用于农民工工资应急周转') reason!: string;
  @OptionalTextField('文号: number of the approving document', 100, '潼财社〔2023〕52号') documentNo?: string | null;
}
