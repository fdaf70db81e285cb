import { RESOLUTIONS, Resolution } from '@app/domain';
import { DateField, EnumField, OptionalAmountField, OptionalTextField } from '../../shared/dto';

export class ResolveCaseRequest {
  @EnumField('处置方式: employer paid, fund advance (垫付), referred to arbitration or court', RESOLUTIONS) resolution!: Resolution;
  @OptionalAmountField('amount settled') amountSettled?: string | null;
  @DateField('date the case was disposed of') effectiveDate!: string;
  @OptionalTextField('note', 2000, '经调解，用工单位已足额支付') note?: string | null;
}
