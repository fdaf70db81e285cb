import { Module } from '@nestjs/common';

/** Spreadsheet import of disbursements (dry run, all-or-nothing commit, progress) */
@Module({ controllers: [], providers: [] })
export class ImportDisbursementsModule {}
