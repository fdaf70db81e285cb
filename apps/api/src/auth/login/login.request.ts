import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'kuaiji426002' }) @IsString() @MinLength(1) @MaxLength(40) username!: string;
  @ApiProperty({ example: 'correct horse battery staple', format: 'password' }) @IsString() @MinLength(1) @MaxLength(200) password!: string;
}

export class ChangePasswordRequest {
  @ApiProperty({ format: 'password', example: 'the-current-password' }) @IsString() @MaxLength(200) currentPassword!: string;
  @ApiProperty({ format: 'password', description: 'at least 10 characters, not containing the username', example: 'Spring-Ledger-2023' }) @IsString() @MaxLength(200) newPassword!: string;
}

export class SessionResponse {
  @ApiProperty({ description: 'signed session token: send as `Authorization: Bearer <token>`; the browser also gets it as an HTTP-only cookie', example: 'eyJhbGciOiJIUzI1NiJ9…' })
  token!: string;
  @ApiProperty({ example: '2023-03-05T16:00:00.000Z' }) expiresAt!: string;
  @ApiProperty({ example: { username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002'], passwordChangeRequired: true },
    description: 'passwordChangeRequired: the password was set by an admin (or at the first start) and is to be changed before anything else' })
  user!: { username: string; displayName: string; role: string; units: 'all' | readonly string[]; passwordChangeRequired: boolean };
}
