import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_DELIVERIES, ALERT_SEVERITIES } from '@app/domain';
import { UNIT_SCOPE } from '../../shared/dto';

/** 预警订阅: who is e-mailed about which units' alerts, from which light, how. */
export class SubscriptionAnswer {
  @ApiProperty({ example: 'fuze426006' }) username!: string;
  @ApiProperty({ example: 'zhang@example.gov.cn' }) email!: string;
  @ApiProperty(UNIT_SCOPE) units!: 'all' | readonly string[];
  @ApiProperty({ enum: ALERT_SEVERITIES, description: 'the lowest light e-mailed' }) minSeverity!: string;
  @ApiProperty({ enum: ALERT_DELIVERIES, description: 'grouped (汇总): one e-mail per evaluation; each (逐条): one per alert' }) delivery!: string;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ example: true, description: 'delivery = grouped (for clients that know only digest)' }) digest!: boolean;
}

/** A subscription in the admin's list, with the subscriber's display name. */
export class ListedSubscription extends SubscriptionAnswer {
  @ApiPropertyOptional({ example: '王负责' }) displayName?: string;
}
const SUBSCRIPTION_EXAMPLE = { username: 'fuze426006', email: 'zhang@example.gov.cn', units: 'all', minSeverity: 'yellow', delivery: 'grouped', active: true, digest: true };

/** A subscription with the revision of the alert-subscriptions stream. */
export class SubscriptionState {
  @ApiProperty({ type: SubscriptionAnswer, example: SUBSCRIPTION_EXAMPLE }) subscription!: SubscriptionAnswer;
  @ApiProperty({ example: 7, description: 'revision of the alert-subscriptions stream' }) revision!: number;
  @ApiPropertyOptional({ example: true, description: 'after a PUT: false when the same subscription was already recorded' }) changed?: boolean;
}

/** GET /alert-subscriptions */
export class SubscriptionList {
  @ApiProperty({ type: [ListedSubscription], example: [{ ...SUBSCRIPTION_EXAMPLE, displayName: '王负责' }] }) subscriptions!: readonly ListedSubscription[];
  @ApiProperty({ example: 7 }) revision!: number;
}
