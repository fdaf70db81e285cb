import { Module } from '@nestjs/common';
import { MailQueueModule } from '@app/platform';
import { ListDeadLettersController } from './dead-letters/list-dead-letters/list-dead-letters.controller';
import { RetryDeadLetterController } from './dead-letters/retry-dead-letter/retry-dead-letter.controller';
import { GetOutboxFileController } from './outbox/get-outbox-file/get-outbox-file.controller';
import { ListOutboxController } from './outbox/list-outbox/list-outbox.controller';
import { OutboxReader } from './outbox/outbox-reader';
import { AlertSubscriptionsService } from './subscriptions/alert-subscriptions.service';
import { ListSubscriptionsController } from './subscriptions/list-subscriptions/list-subscriptions.controller';
import { OwnSubscriptionController } from './subscriptions/own-subscription/own-subscription.controller';
import { SetUserSubscriptionController } from './subscriptions/set-user-subscription/set-user-subscription.controller';

/**
 * The HTTP side of alert e-mail: subscriptions, the outbox and the dead-letter list.
 * OwnSubscriptionController comes before SetUserSubscriptionController: `/me` must win over `/:username`.
 */
@Module({
  imports: [MailQueueModule],
  controllers: [OwnSubscriptionController, ListSubscriptionsController, SetUserSubscriptionController,
    ListOutboxController, GetOutboxFileController, ListDeadLettersController, RetryDeadLetterController],
  providers: [AlertSubscriptionsService, OutboxReader],
})
export class AlertMailApiModule {}
