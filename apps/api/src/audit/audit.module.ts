import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { AuditSubjects } from './audit-subjects';
import { TrailCheckpoints } from './history/trail-checkpoints';
import { GetHistoryController } from './get-history/get-history.controller';
import { ListEventsController } from './list-events/list-events.controller';

/** event history (who, when, effective date, change, state after) of lines, disbursements, indicators and cases; the raw event log */
@Module({ imports: [AuthModule], controllers: [GetHistoryController, ListEventsController], providers: [AuditSubjects, TrailCheckpoints] })
export class AuditModule {}
