import { Module } from '@nestjs/common';
import { ExportContextReader } from './export-context';
import { ExportExecutionController } from './execution-by-functional/export-execution.controller';
import { ExportIndicatorsController } from './indicators/export-indicators.controller';
import { ExportProjectsController } from './projects/export-projects.controller';
import { ExportProcurementController } from './procurement/export-procurement.controller';
import { ExportSanGongController } from './sangong/export-sangong.controller';

/** XLSX/CSV exports in the shapes of 表四/表八/表九/表十/表十二, from the same read models and view functions as the JSON queries. */
@Module({
  controllers: [ExportExecutionController, ExportProjectsController, ExportIndicatorsController, ExportSanGongController, ExportProcurementController],
  providers: [ExportContextReader],
})
export class ExportsModule {}
