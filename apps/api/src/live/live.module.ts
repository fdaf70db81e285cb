import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LineDisbursementsController } from './line-disbursements.controller';
import { LiveController } from './live.controller';
import { LiveFeed } from './live-feed';

/** What the web dashboard needs beyond the use-case API: live updates (SSE) and a line's recent payments. */
@Module({
  imports: [AuthModule],
  controllers: [LiveController, LineDisbursementsController],
  providers: [LiveFeed],
})
export class LiveModule {}
