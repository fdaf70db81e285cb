import { Module } from '@nestjs/common';
import { ImportDisbursementsController } from './import-disbursements.controller';
import { DisbursementImports } from './import-jobs';

/** Spreadsheet import of disbursements (dry run, all-or-nothing commit, progress) */
@Module({ controllers: [ImportDisbursementsController], providers: [DisbursementImports] })
export class ImportDisbursementsModule {}
