import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@app/domain';
import { UNIT_SCOPE } from '../../shared/dto';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'kuaiji426002' }) @IsString() @MinLength(1) @MaxLength(40) username!: string;
  @ApiProperty({ example: 'correct horse battery staple', format: 'password' }) @IsString() @MinLength(1) @MaxLength(200) password!: string;
}

export class ChangePasswordRequest {
  @ApiProperty({ format: 'password', example: 'the-current-password' }) @IsString() @MaxLength(200) currentPassword!: string;
  @ApiProperty({ format: 'password', description: 'at least 10 characters, not containing the username', example: 'Spring-Ledger-2023' }) @IsString() @MaxLength(200) newPassword!: string;
}

/** The logged-in user: name, role and unit scope. */
export class SessionUser {
  @ApiProperty({ example: 'kuaiji426002' }) username!: string;
  @ApiProperty({ example: '张会计' }) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES }) role!: string;
  @ApiProperty(UNIT_SCOPE) units!: 'all' | readonly string[];
  @ApiProperty({ example: true, description: 'the password was set by an admin (or at the first start) and is to be changed before anything else' }) passwordChangeRequired!: boolean;
}

export class SessionResponse {
  @ApiProperty({ description: 'signed session token: send as `Authorization: Bearer <token>`; the browser also gets it as an HTTP-only cookie', example: 'eyJhbGciOiJIUzI1NiJ9…' })
  token!: string;
  @ApiProperty({ example: '2023-03-05T16:00:00.000Z' }) expiresAt!: string;
  @ApiProperty({ type: SessionUser, example: { username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002'], passwordChangeRequired: true } })
  user!: SessionUser;
}
