import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LineAdjustmentsController } from './line-adjustments.controller';
import { LineDisbursementsController } from './line-disbursements.controller';
import { LiveController } from './live.controller';
import { LiveFeed } from './live-feed';

/** What the web dashboard needs beyond the use-case API: live updates (SSE), a line's payments (paged) and its adjustments. */
@Module({
  imports: [AuthModule],
  controllers: [LiveController, LineDisbursementsController, LineAdjustmentsController],
  providers: [LiveFeed],
})
export class LiveModule {}
