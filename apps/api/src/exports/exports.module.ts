import { Module } from '@nestjs/common';
import { ExportContextReader } from './export-context';
import { ExportExecutionController } from './execution-by-functional/export-execution.controller';
import { ExportIndicatorsController } from './indicators/export-indicators.controller';
import { ExportProjectsController } from './projects/export-projects.controller';
import { ExportFinalAccountsController } from './final-accounts/export-final-accounts.controller';
import { ExportTable1Controller } from './table1/export-table1.controller';
import { ExportProcurementController } from './procurement/export-procurement.controller';
import { ExportSanGongController } from './sangong/export-sangong.controller';

/** XLSX/CSV exports in the shapes of 表一/表四/表八/表九/表十/表十二 and the 决算 tables, from the same read models and view functions as the JSON queries. */
@Module({
  controllers: [ExportExecutionController, ExportProjectsController, ExportIndicatorsController, ExportTable1Controller, ExportFinalAccountsController, ExportSanGongController, ExportProcurementController],
  providers: [ExportContextReader],
})
export class ExportsModule {}
