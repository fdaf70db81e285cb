import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsBusinessDate } from './dates';

/**
 * Shape checks shared by request DTOs. They check types and formats only; amounts are further checked
 * (positive, ≤ 2 decimals, within balance) by the domain, which names the field in its error.
 */
export const AmountField = (description: string) => applyDecorators(
  ApiProperty({ type: String, example: '1234.56', description: `${description} (元, decimal string, at most 2 decimals)` }),
  IsString({ message: '$property must be a decimal string in 元 such as "1234.56", not a $value of another type' }),
  MaxLength(32),
);

export const OptionalAmountField = (description: string) => applyDecorators(
  ApiPropertyOptional({ type: String, nullable: true, example: '100.00', description: `${description} (元, decimal string)` }),
  IsOptional(),
  IsString({ message: '$property must be a decimal string in 元 such as "1234.56"' }),
  MaxLength(32),
);

export const DateField = (description: string) => applyDecorators(
  ApiProperty({ type: String, example: '2023-03-05', description: `${description} (YYYY-MM-DD, Asia/Shanghai business date)` }),
  IsString({ message: '$property must be a date string YYYY-MM-DD' }),
  IsBusinessDate(),
);

export const TextField = (description: string, maxLength: number, example?: string) => applyDecorators(
  ApiProperty({ type: String, description, maxLength, ...(example ? { example } : {}) }),
  IsString(), IsNotEmpty({ message: '$property is required' }), MaxLength(maxLength),
);

export const OptionalTextField = (description: string, maxLength: number, example?: string) => applyDecorators(
  ApiPropertyOptional({ type: String, description, maxLength, nullable: true, ...(example ? { example } : {}) }),
  IsOptional(), ValidateIf((_, v) => v !== null), IsString(), MaxLength(maxLength),
);

export const CountField = (description: string, min: number, optional = false, example = 12) => applyDecorators(
  optional ? ApiPropertyOptional({ type: Number, description, minimum: min, nullable: true, example }) : ApiProperty({ type: Number, description, minimum: min, example }),
  ...(optional ? [IsOptional(), ValidateIf((_: unknown, v: unknown) => v !== null)] : []),
  IsInt({ message: '$property must be a whole number' }), Min(min),
);

export const EnumField = (description: string, values: readonly string[]) => applyDecorators(
  ApiProperty({ enum: values, description }), IsIn(values as string[]),
);

/** What every command endpoint answers: where the facts were recorded. */
export class CommandAccepted {
  @ApiProperty({ description: 'stream the facts were appended to', example: 'line-426006-2023-P09' }) streamId!: string;
  @ApiProperty({ description: 'revision of the stream after the command (send it back as If-Match)', example: 3 }) revision!: number;
  @ApiProperty({ description: 'global position of the last event (pass it as minPosition to read your write)', example: 1042 }) position!: number;
  @ApiProperty({ type: [String], example: ['2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21'] }) eventIds!: string[];
  @ApiProperty({ description: 'true when the same request had already been recorded: nothing new was written', example: false }) replayed!: boolean;
}

/** A payment's answer: the command's, naming the disbursement (a 冲销 needs its id). */
export class PaymentAccepted extends CommandAccepted {
  @ApiProperty({ description: 'the payment\'s id, from (unit, year, 凭证号): POST …/disbursements/{disbursementId}/reversals reverses it', example: '5d1c2a7e-6a0b-5c52-9f0e-1b2f3c4d5e6f' })
  disbursementId!: string;
}

/** Someone as people know them: the user name (for requests) and the display name (for the screen). */
export class PersonName {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ example: '张会计', description: 'the display name (for system actors, their Chinese name)' }) displayName!: string;
}
export const PERSON_EXAMPLE = { username: 'kuaiji426002', displayName: '张会计' };

/** A budget unit (预算单位) by code and name. */
export class UnitName {
  @ApiProperty({ example: '426006' }) code!: string;
  @ApiProperty({ example: '重庆市潼南区劳动保障监察支队' }) name!: string;
}

/** A unit scope: `all` (the whole department) or unit codes. */
export const UNIT_SCOPE = {
  oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }],
  example: ['426002'], description: '`all` or unit codes (预算单位)',
};
