import { DateField, OptionalAmountField, TextField } from '../../shared/dto';

export class ReverseDisbursementRequest {
  @OptionalAmountField('amount reversed; the whole disbursement when omitted') amount?: string | null;
  @DateField('business date of the reversal') effectiveDate!: string;
  @TextField('冲销原因: why the payment is reversed', 500, '重复支付，原路退回') reason!: string;
}
