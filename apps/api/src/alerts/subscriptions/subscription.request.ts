import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { ALERT_DELIVERIES, ALERT_SEVERITIES, AlertDelivery, AlertSubscription, SubscriptionSeverity } from '@app/domain';
import { RequestValidationError } from '../../shared/validation';
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

  @ApiPropertyOptional({ enum: ALERT_DELIVERIES, default: 'grouped', example: 'grouped',
    description: 'grouped (汇总, default): one e-mail per evaluation run, grouped by unit and rule, worst first; each (逐条): one e-mail per alert notice. Either way a run with more alerts than the summary threshold sends one summary.' })
  @IsOptional() @IsIn(ALERT_DELIVERIES as unknown as string[], { message: 'delivery must be "grouped" or "each"' }) delivery?: AlertDelivery;

  @ApiPropertyOptional({ deprecated: true, example: true, description: 'older clients: true is delivery "grouped", false is "each"' })
  @IsOptional() @IsBoolean({ message: 'digest must be true or false' }) digest?: boolean;

  @ApiPropertyOptional({ default: true, example: true, description: 'false pauses the e-mails without forgetting the subscription' })
  @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
}

function deliveryOf(body: SubscriptionRequest): AlertDelivery {
  const fromDigest = body.digest === undefined ? undefined : body.digest ? 'grouped' : 'each';
  if (body.delivery !== undefined && fromDigest !== undefined && body.delivery !== fromDigest) {
    throw new RequestValidationError([{ field: 'delivery', code: 'CONFLICTING_DELIVERY', message: 'delivery and the older digest flag say different things: send delivery only' }]);
  }
  return body.delivery ?? fromDigest ?? 'grouped';
}

export function toSubscription(username: string, body: SubscriptionRequest): AlertSubscription {
  return {
    username, email: body.email, units: body.units === undefined ? 'all' : unitScope(body.units),
    minSeverity: body.minSeverity ?? 'yellow', delivery: deliveryOf(body), active: body.active ?? true,
  };
}

/** A subscription as answered: `digest` repeats `delivery` for older clients. */
export const subscriptionJson = (s: AlertSubscription, displayName?: string) => ({
  ...s, digest: s.delivery === 'grouped', ...(displayName !== undefined ? { displayName } : {}),
});
