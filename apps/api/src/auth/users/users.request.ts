import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACCOUNT_ROLES, AccountRole, UnitScope } from '@app/domain';
import { RequestValidationError } from '../../shared/validation';

const UNITS_DOC = { description: '"all" (the whole department) or budget unit codes', oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }], example: ['426002'] };

export class RegisterUserRequest {
  @ApiProperty({ example: 'kuaiji426002', description: '2–40 letters, digits, dot, dash or underscore' }) @IsString() @MaxLength(40) username!: string;
  @ApiPropertyOptional({ example: '张会计' }) @IsOptional() @IsString() @MaxLength(60) displayName?: string;
  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'accountant' }) @IsIn(ACCOUNT_ROLES as unknown as string[]) role!: AccountRole;
  @ApiProperty(UNITS_DOC) @Allow() units!: unknown;
  @ApiPropertyOptional({ format: 'password', description: 'omit to have one generated and answered once', example: 'Spring-Ledger-2023' }) @IsOptional() @IsString() @MaxLength(200) password?: string;
}

export class ChangeRoleRequest {
  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'manager' }) @IsIn(ACCOUNT_ROLES as unknown as string[]) role!: AccountRole;
  @ApiProperty(UNITS_DOC) @Allow() units!: unknown;
}

export class DeactivateUserRequest {
  @ApiPropertyOptional({ example: '调离本单位' }) @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

/** `units` is a union the validation pipe cannot express: "all" or a list of codes (the domain checks the codes). */
export function unitScope(value: unknown): UnitScope {
  if (value === 'all') return 'all';
  if (Array.isArray(value) && value.length <= 200 && value.every((u) => typeof u === 'string')) return value as string[];
  throw new RequestValidationError([{ field: 'units', code: 'INVALID_UNITS', message: 'units must be "all" or a list of budget unit codes such as ["426002"]' }]);
}
