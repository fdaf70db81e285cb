import { Module } from '@nestjs/common';
import { ReadModelDb } from '@app/read-models';
import { READ_MODELS } from '@app/platform';
import { Scorecards } from '../indicators/get-scorecard/scorecards';
import { CloseFiscalYearController } from './close-fiscal-year/close-fiscal-year.controller';
import { CloseFiscalYearHandler } from './close-fiscal-year/close-fiscal-year.handler';
import { FrozenScoresReader } from './close-fiscal-year/frozen-scores';
import { YearBooksReader } from './close-fiscal-year/year-books';
import { FinalAccounts } from './get-final-accounts/final-accounts';
import { GetFinalAccountsController } from './get-final-accounts/get-final-accounts.controller';
import { ListFiscalYearsController } from './list-fiscal-years/list-fiscal-years.controller';
import { ReopenFiscalYearController } from './reopen-fiscal-year/reopen-fiscal-year.controller';
import { YEAR_END_SUPPLEMENTS, YearEndSupplementReader } from './year-end-supplements';
import { procurementSupplement, sanGongSupplement } from './close-fiscal-year/supplement-readers';

/**
 * 年终结账 and 决算: close and reopen a fiscal year, the years side by side, the 决算 of a closed year, with the 三公
 * caps against their use and 政府采购 against its budget frozen at the close (YEAR_END_SUPPLEMENTS).
 */
@Module({
  controllers: [CloseFiscalYearController, ReopenFiscalYearController, ListFiscalYearsController, GetFinalAccountsController],
  providers: [
    CloseFiscalYearHandler, YearBooksReader, FrozenScoresReader, Scorecards, FinalAccounts,
    {
      provide: YEAR_END_SUPPLEMENTS, inject: [READ_MODELS],
      useFactory: (rm: ReadModelDb): YearEndSupplementReader[] => [sanGongSupplement(rm), procurementSupplement(rm)],
    },
  ],
  exports: [FinalAccounts, YEAR_END_SUPPLEMENTS],
})
export class FiscalYearsModule {}
