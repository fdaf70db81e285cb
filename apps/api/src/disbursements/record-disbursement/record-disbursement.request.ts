import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateIf } from 'class-validator';
import { AmountField, CountField, DateField, OptionalTextField, TextField } from '../../shared/dto';

export class RecordDisbursementRequest {
  @AmountField('amount paid') amount!: string;
  @DateField('支付日期: the business date of the payment, inside the line\'s fiscal year') effectiveDate!: string;
  @TextField('凭证号: voucher number, unique per budget unit and year; a repeat records nothing twice', 64, '记-2023-03-0012') voucherNo!: string;
  @OptionalTextField('收款人: payee', 200, '某某县第三中学') payee?: string | null;
  @OptionalTextField('摘要: summary', 500, '3月份公益性岗位补贴发放') summary?: string | null;
  @OptionalTextField('补助类别: subsidy category, e.g. 公益性岗位补贴', 50, '公益性岗位补贴') subsidyCategory?: string | null;
  @CountField('人数: beneficiaries of this payment', 0, true, 35) beneficiaries?: number | null;
  @ApiPropertyOptional({ type: String, description: '经济科目: 5-digit economic code of the payment', example: '30305', nullable: true })
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(/^\d{5}$/, { message: 'economic must be a 5-digit economic code' })
  economic?: string | null;
}
