import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { AmountField, CountField, DateField, OptionalTextField, TextField } from '../../shared/dto';

export class ReportCaseRequest {
  @ApiProperty({ example: '426006', description: 'budget unit handling the case' })
  @IsString() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit!: string;
  @TextField('欠薪单位: the employer owing wages', 200, '某建筑劳务有限公司') employer!: string;
  @CountField('workers affected', 1) workersAffected!: number;
  @AmountField('amount owed to the workers') amountOwed!: string;
  @DateField('date the case was reported') effectiveDate!: string;
  @OptionalTextField('description', 2000, '某安置房项目工地，拖欠3个月工资') description?: string | null;
}
