import { Module } from '@nestjs/common';

/** event history (who, when, effective date, change, state after) of lines, disbursements, indicators and cases */
@Module({ controllers: [], providers: [] })
export class AuditModule {}
