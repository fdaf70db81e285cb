import { CloseSupplement } from '@app/domain';

/**
 * A slot for figures other modules keep that a 决算 reports beside execution: 三公经费 actuals against their caps
 * (表四) and 政府采购 against plan (表九). The module that keeps them provides a reader under YEAR_END_SUPPLEMENTS;
 * a close records what the readers answer on its day (frozen like the scores), and the 决算 view shows it.
 */
export interface YearEndSupplementReader {
  /** `threePublic` (三公经费) or `procurement` (政府采购), or another table */
  readonly key: string;
  readonly title: string;
  /** the table as of the closing date; null when the module has nothing for the year */
  read(fiscalYear: number, asOf: string): Promise<CloseSupplement | null>;
}

export const YEAR_END_SUPPLEMENTS = Symbol('YEAR_END_SUPPLEMENTS');

/** The slots a 决算 shows, whether or not a module fills them. */
export const SUPPLEMENT_SLOTS: readonly { readonly key: string; readonly title: string }[] = [
  { key: 'threePublic', title: '“三公”经费支出决算（对照预算控制数）' },
  { key: 'procurement', title: '政府采购支出决算（对照采购预算）' },
];
