import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SANGONG_CATEGORIES } from '@app/domain';
import { DateField, OptionalTextField, TextField } from '../../shared/dto';

/** 调整三公经费预算: one category's cap, for the department or one unit. The domain checks the category and the figure. */
export class ReviseSanGongCapRequest {
  @ApiProperty({ enum: SANGONG_CATEGORIES, example: 'reception', description: '三公 category (an unknown one: 422 SANGONG_CATEGORY_UNKNOWN, field category)' })
  @IsString({ message: 'category must be one of abroad, vehicle_purchase, vehicle_operation, reception' }) @MaxLength(32)
  category!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'a unit\'s own cap (6-digit code); omitted or null: the department\'s' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' })
  unit?: string | null;

  @ApiProperty({ type: String, example: '150000.00', description: 'the new cap (元, decimal string, ≥ 0; not below what is already used: 409 SANGONG_CAP_BELOW_USED)' })
  @IsString({ message: 'cap must be a decimal string in 元 such as "150000.00"' }) @MaxLength(32)
  cap!: string;

  @TextField('理由: why the cap changes', 500, '区财政局批复追加公务接待经费') reason!: string;
  @OptionalTextField('文号: the approving document', 100, '潼财预〔2023〕88号') documentNo?: string | null;
  @DateField('business date from which the cap is in force') effectiveDate!: string;
}
