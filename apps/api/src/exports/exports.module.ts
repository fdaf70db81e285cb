import { Module } from '@nestjs/common';

/** XLSX/CSV exports in the shapes of 表八/表十/表十二 */
@Module({ controllers: [], providers: [] })
export class ExportsModule {}
