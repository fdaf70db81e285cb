import { AmountField, DateField, OptionalTextField, TextField } from '../../shared/dto';

export class AdjustAppropriationRequest {
  @AmountField('amount of the 追加 (increase) or 调减 (decrease)') amount!: string;
  @DateField('business date of the adjustment') effectiveDate!: string;
  @TextField('reason for the adjustment', 500, '区财政局追加就业补助资金') reason!: string;
  @OptionalTextField('文号: number of the approving document', 100, '潼财社〔2023〕45号') documentNo?: string | null;
}
