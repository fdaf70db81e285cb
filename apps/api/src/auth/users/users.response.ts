import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@app/domain';
import { UNIT_SCOPE } from '../../shared/dto';

/** An account as an admin sees it (never its hash). */
export class AccountAnswer {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ example: '张会计' }) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES }) role!: string;
  @ApiProperty(UNIT_SCOPE) units!: 'all' | readonly string[];
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ example: false, description: '待改密: the password was set by someone else' }) passwordChangeRequired!: boolean;
}
const ACCOUNT_EXAMPLE = { username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002'], active: true, passwordChangeRequired: false };

/** GET /users */
export class UserList {
  @ApiProperty({ type: [AccountAnswer], example: [ACCOUNT_EXAMPLE] }) users!: readonly AccountAnswer[];
}

/** POST /users: a generated password is shown only in this answer. */
export class UserRegistered {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ example: '张会计' }) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES }) role!: string;
  @ApiProperty(UNIT_SCOPE) units!: 'all' | readonly string[];
  @ApiProperty({ example: 3, description: 'revision of the accounts stream' }) revision!: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Kx7pQ2mRt9wZbN4cHs8e', description: 'when no password was given: the generated one, shown once; null in a replay of the same Idempotency-Key (never stored)' })
  generatedPassword?: string | null;
  @ApiPropertyOptional({ example: false, description: 'when a password was generated: true in a replay of the same Idempotency-Key, whose answer holds no password (it is never stored); reset the password for a new one' })
  passwordWithheld?: boolean;
}

/** PUT /users/{username}/role: the account as it now is. */
export class RoleChanged extends AccountAnswer {
  @ApiProperty({ example: 4, description: 'revision of the accounts stream' }) revision!: number;
}

/** POST /users/{username}/password-reset */
export class PasswordReset {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Kx7pQ2mRt9wZbN4cHs8e', description: 'shown once, in this answer; null in a replay of the same Idempotency-Key (never stored)' })
  generatedPassword!: string | null;
  @ApiProperty({ example: false, description: 'true in a replay of the same Idempotency-Key: the password was shown in the first answer only and is not stored; reset again for a new one' })
  passwordWithheld!: boolean;
}

/** POST /users/{username}/deactivation · /reactivation */
export class ActivationChanged {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ example: false }) active!: boolean;
  @ApiProperty({ example: 5, description: 'revision of the accounts stream' }) revision!: number;
}
