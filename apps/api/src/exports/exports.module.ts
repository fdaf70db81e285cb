import { Module } from '@nestjs/common';
import { ExportContextReader } from './export-context';
import { ExportExecutionController } from './execution-by-functional/export-execution.controller';
import { ExportIndicatorsController } from './indicators/export-indicators.controller';
import { ExportProjectsController } from './projects/export-projects.controller';

/** XLSX/CSV exports in the shapes of 表八/表十/表十二, from the same read models and view functions as the JSON queries. */
@Module({
  controllers: [ExportExecutionController, ExportProjectsController, ExportIndicatorsController],
  providers: [ExportContextReader],
})
export class ExportsModule {}
