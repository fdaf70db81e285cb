import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { ALERT_SEVERITIES, AlertSubscription, SubscriptionSeverity } from '@app/domain';
import { unitScope } from '../../auth/users/users.request';

/** PUT body of a subscription: the whole subscription (create or replace). */
export class SubscriptionRequest {
  @ApiProperty({ example: 'wang@zfzd.example.gov.cn', description: 'where the alert e-mails go' })
  @IsEmail({}, { message: 'email must be an e-mail address such as zhang@example.gov.cn' }) @MaxLength(254) email!: string;

  @ApiPropertyOptional({ description: '"all" (default: the whole scope, department-level alerts included for department-wide users) or budget unit codes',
    oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }], example: ['426006'] })
  @Allow() units?: unknown;

  @ApiPropertyOptional({ enum: ALERT_SEVERITIES, default: 'yellow', description: 'yellow: 黄灯 and 红灯; red: 红灯 only' })
  @IsOptional() @IsIn(ALERT_SEVERITIES as unknown as string[], { message: 'minSeverity must be "yellow" or "red"' }) minSeverity?: SubscriptionSeverity;

  @ApiPropertyOptional({ default: false, example: false, description: 'one e-mail per evaluation run, grouped by unit (汇总), instead of one per alert' })
  @IsOptional() @IsBoolean({ message: 'digest must be true or false' }) digest?: boolean;

  @ApiPropertyOptional({ default: true, example: true, description: 'false pauses the e-mails without forgetting the subscription' })
  @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
}

export function toSubscription(username: string, body: SubscriptionRequest): AlertSubscription {
  return {
    username, email: body.email, units: body.units === undefined ? 'all' : unitScope(body.units),
    minSeverity: body.minSeverity ?? 'yellow', digest: body.digest ?? false, active: body.active ?? true,
  };
}
