import { BusinessDate, assertInFiscalYear } from '../shared/business-date';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { requireText } from '../shared/text';
import { GRADES, Grade, IndicatorDefined, IndicatorEvent } from './events';

/** Defined by a budget document; a 追加预算 keeps an indicator already defined (only a 年初预算 may not meet one). */
export interface DefineIndicator {
  readonly type: 'DefineIndicator'; readonly definition: IndicatorDefined['data']; readonly effectiveDate: BusinessDate;
  readonly kind?: 'initial' | 'supplementary';
}
export interface ReviseIndicatorTarget {
  readonly type: 'ReviseIndicatorTarget'; readonly target: string | null; readonly targetText: string | null;
  readonly reason: string; readonly effectiveDate: BusinessDate;
}
export interface ReportIndicatorProgress {
  readonly type: 'ReportIndicatorProgress'; readonly asOf: BusinessDate; readonly value: string | null; readonly grade: Grade | null;
  readonly deviationReason: string | null; readonly note: string | null;
}
export type IndicatorCommand = DefineIndicator | ReviseIndicatorTarget | ReportIndicatorProgress;

export type IndicatorState =
  | { readonly status: 'absent' }
  | { readonly status: 'defined'; readonly definition: IndicatorDefined['data']; readonly lastReportAsOf: BusinessDate | null };

export const initialIndicatorState = (): IndicatorState => ({ status: 'absent' });

export function evolveIndicator(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  switch (event.type) {
    case 'IndicatorDefined.v1': return { status: 'defined', definition: event.data, lastReportAsOf: null };
    case 'IndicatorTargetRevised.v1':
      return state.status === 'absent' ? state : { ...state, definition: { ...state.definition, target: event.data.target, targetText: event.data.targetText } };
    case 'IndicatorProgressReported.v1':
      return state.status === 'absent' ? state : { ...state, lastReportAsOf: event.data.asOf };
    default: return assertNever(event);
  }
}

/** A numeric indicator value: a decimal string, ≥ 0, up to 4 decimals (rates such as 99.5 %). */
const VALUE_PATTERN = /^\d{1,15}(\.\d{1,4})?$/;
function parseValue(value: unknown, field: string): string {
  if (typeof value !== 'string' || !VALUE_PATTERN.test(value.trim())) {
    throw DomainError.invalid('INVALID_INDICATOR_VALUE', field, `${field} must be a non-negative decimal string such as "95.5"`);
  }
  return new Money(value.trim()).toString();
}

export function decideIndicator(command: IndicatorCommand, state: IndicatorState, context: DecisionContext): IndicatorEvent[] {
  if (command.type === 'DefineIndicator') {
    if (state.status !== 'absent') {
      if (command.kind === 'supplementary') return [];
      throw DomainError.conflict('INDICATOR_ALREADY_DEFINED', 'indicatorId', 'this indicator is already defined');
    }
    return [{ type: 'IndicatorDefined.v1', effectiveDate: command.effectiveDate, data: command.definition }];
  }
  if (state.status === 'absent') throw DomainError.notFound('INDICATOR_NOT_FOUND', 'indicatorId', 'no such indicator');
  const def = state.definition;
  switch (command.type) {
    case 'ReviseIndicatorTarget': {
      assertInFiscalYear(command.effectiveDate, def.fiscalYear, 'effectiveDate', context.today);
      if (def.comparator === 'qualitative') {
        throw DomainError.invalid('QUALITATIVE_HAS_NO_TARGET', 'target', 'a qualitative (定性) indicator has no numeric target');
      }
      const target = parseValue(command.target, 'target');
      return [{
        type: 'IndicatorTargetRevised.v1', effectiveDate: command.effectiveDate,
        data: { indicatorId: def.indicatorId, previousTarget: def.target, target, targetText: command.targetText ?? target, reason: requireText(command.reason, 'reason') },
      }];
    }
    case 'ReportIndicatorProgress': {
      assertInFiscalYear(command.asOf, def.fiscalYear, 'asOf', context.today);
      if (def.metric !== null) {
        throw DomainError.conflict('INDICATOR_IS_DERIVED', 'indicatorId', `this indicator is computed from recorded events (${def.metric}); it is not reported by hand`);
      }
      let value: string | null = null;
      let grade: Grade | null = null;
      if (def.kind === 'qualitative') {
        if (command.grade === null || !GRADES.includes(command.grade)) {
          throw DomainError.invalid('INVALID_GRADE', 'grade', `grade must be one of ${GRADES.join(' / ')}`);
        }
        grade = command.grade;
      } else {
        value = parseValue(command.value, 'value');
      }
      return [{
        type: 'IndicatorProgressReported.v1', effectiveDate: command.asOf,
        data: { indicatorId: def.indicatorId, asOf: command.asOf, value, grade, deviationReason: command.deviationReason, note: command.note },
      }];
    }
    default: return assertNever(command);
  }
}
