import { decideAlert, evolveAlert, initialAlertState } from './alerts/decider';
import { decideSilences, evolveSilences, noSilences } from './alerts/silences';
import { decideAccounts, emptyDirectory, evolveDirectory } from './accounts/directory';
import { decideLine } from './appropriation/decide';
import { LineState, evolveLine, initialLineState } from './appropriation/state';
import { decideCatalog, emptyCatalog, evolveCatalog } from './budget/catalog';
import { decideFiscalYear, evolveFiscalYear, initialFiscalYearState } from './fiscal-year/decider';
import { decideIndicator, evolveIndicator, initialIndicatorState } from './indicator/decider';
import { decideCase, evolveCase, initialCaseState } from './wage-arrears/decider';

/** One object per aggregate (stable identities: the command side caches folded states per reducer). */
export const lineDecider = {
  initialState: initialLineState, evolve: evolveLine, decide: decideLine,
  /**
   * Its folded states are snapshotted (ADR 0020). Bump `version` with any change to what `evolveLine` computes or to
   * the shape of LineState: snapshots of another version are ignored, and the state is folded from the events again.
   * libs/kernel/src/snapshots/line-snapshot.spec.ts guards it with a reference history.
   */
  snapshot: {
    fold: 'line', version: 3,
    // a line with staged import payments waits until the import settles (ADR 0020): that map is the import's size
    worthKeeping: (state: LineState) => state.status !== 'open' || state.pendingImports.size === 0,
  },
} as const;
export const caseDecider = { initialState: initialCaseState, evolve: evolveCase, decide: decideCase } as const;
export const indicatorDecider = { initialState: initialIndicatorState, evolve: evolveIndicator, decide: decideIndicator } as const;
/** 预算文件: the documents of a department's fiscal year; catalogReducer is the same object, so both share one cached fold. */
export const budgetDecider = { initialState: emptyCatalog, evolve: evolveCatalog, decide: decideCatalog } as const;
export const catalogReducer = budgetDecider;
export const accountsDecider = { initialState: emptyDirectory, evolve: evolveDirectory, decide: decideAccounts } as const;
export const alertDecider = { initialState: initialAlertState, evolve: evolveAlert, decide: decideAlert } as const;
export const alertSilencesDecider = { initialState: noSilences, evolve: evolveSilences, decide: decideSilences } as const;
/** 年终结账: the state of a fiscal year (open, closing, closed); the kernel folds it for every command (ADR 0013). */
export const fiscalYearDecider = { initialState: initialFiscalYearState, evolve: evolveFiscalYear, decide: decideFiscalYear } as const;
