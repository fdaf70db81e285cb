import { Module } from '@nestjs/common';
import { ReadModelsModule } from '@app/platform';
import { GetProcurementController } from '../procurement/get-procurement/get-procurement.controller';
import { GetSanGongController } from './get-sangong/get-sangong.controller';
import { GetSanGongOverviewController } from './get-sangong-overview/get-sangong-overview.controller';
import { ReviseSanGongCapController } from './revise-cap/revise-cap.controller';
import { ReviseSanGongCapHandler } from './revise-cap/revise-cap.handler';

/** 三公经费 (表四) caps and execution, and 政府采购预算 (表九) execution. */
@Module({
  imports: [ReadModelsModule],
  controllers: [GetSanGongOverviewController, GetSanGongController, ReviseSanGongCapController, GetProcurementController],
  providers: [ReviseSanGongCapHandler],
})
export class SanGongModule {}
