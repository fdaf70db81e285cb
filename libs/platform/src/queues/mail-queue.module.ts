import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { NOTIFICATIONS_QUEUE } from './mail-queue';

/** The `notifications` queue (shared by the notifier, the processor and the dead-letter API) and its board entry. */
@Module({
  imports: [
    BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE }),
    BullBoardModule.forFeature({ name: NOTIFICATIONS_QUEUE, adapter: BullMQAdapter }),
  ],
  exports: [BullModule],
})
export class MailQueueModule {}
