import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { GRADES, Grade } from '@app/domain';
import { DateField, OptionalTextField } from '../../shared/dto';

export class ReportProgressRequest {
  @DateField('the date the value stands at') asOf!: string;
  @ApiPropertyOptional({ type: String, example: '1500', description: 'value to date (cumulative indicators: the total so far); numeric indicators only' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString({ message: 'value must be a decimal string such as "95.5"' }) @MaxLength(32)
  value?: string | null;
  @ApiPropertyOptional({ enum: GRADES, description: '定性 indicators only' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(GRADES as unknown as string[])
  grade?: Grade | null;
  @OptionalTextField('偏差原因: why the indicator deviates from its target', 2000, '上半年岗位开发进度偏慢，三季度集中开发') deviationReason?: string | null;
  @OptionalTextField('note', 2000, '截至6月底') note?: string | null;
}
