import { TextField } from '../../shared/dto';

export class ReopenFiscalYearRequest {
  @TextField('why the closed year is reopened (反结账; recorded with who and when)', 500, '补记 2023 年 12 月漏记支付') reason!: string;
}
