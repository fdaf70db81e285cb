import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches, ValidateIf } from 'class-validator';
import { PROCUREMENT_CATEGORIES, SANGONG_CATEGORIES } from '@app/domain';
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

  @ApiPropertyOptional({
    enum: SANGONG_CATEGORIES, nullable: true, example: 'reception',
    description: '三公经费类别 where the economic code does not say it (30211/30217/30231/31013 do): abroad 因公出国（境）, vehicle_purchase 公务用车购置, '
      + 'vehicle_operation 公务用车运行维护, reception 公务接待. A 三公 payment beyond its cap answers 409 SANGONG_CAP_EXCEEDED naming cap, used and remaining',
  })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(SANGONG_CATEGORIES as string[], { message: `sanGongCategory must be one of ${SANGONG_CATEGORIES.join(', ')}` })
  sanGongCategory?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, example: false, description: '政府采购: the payment draws on its project\'s procurement budget (always so on a procurement line); beyond it: 409 PROCUREMENT_BUDGET_EXCEEDED, or a warning if the budget\'s policy says warn' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsBoolean({ message: 'procurement must be true or false' })
  procurement?: boolean | null;

  @ApiPropertyOptional({ enum: PROCUREMENT_CATEGORIES, nullable: true, example: 'goods', description: '采购品目 (goods 货物, works 工程, services 服务): needed only when the line has procurement of several; implies procurement' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PROCUREMENT_CATEGORIES as string[], { message: 'procurementCategory must be goods, works or services' })
  procurementCategory?: string | null;
}
