import { AppropriationEvent } from '../appropriation/events';
import { LineState, OpenLine, evolveLine, initialLineState } from '../appropriation/state';
import { fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import {
  CASE, FUND, LINE, advancePaid, advanceRecovered, decreased, disbursed, established, fundEstablished, increased, reversed, transferredOut,
} from '../testing/appropriation-fixtures';
import { CloseRules } from './events';
import { ProjectKind, settleLines } from './settlement';

const BASIC = '426002-2023-B-2080150-30101';
const CARRIED = '426002-2023-JZ-P03';

function line(...events: AppropriationEvent[]): OpenLine {
  const state: LineState = fold(evolveLine, initialLineState(), events);
  if (state.status !== 'open') throw new Error('expected an open line');
  return state;
}

const PROJECTS: ReadonlyMap<string, ProjectKind> = new Map([
  ['P01', { category: '年初特定目标', subCategory: '民生配套项目' }],
  ['P02', { category: '上级专项', subCategory: '提前下达专项' }],
  ['P09', { category: '年初特定目标', subCategory: '民生配套项目' }],
]);

/** A year of four lines: a basic line, two projects and the revolving fund, with 追加/调减/调剂, payments and reversals. */
function year() {
  return [
    line(established({ lineId: BASIC, type: 'basic', project: null, projectName: null, basicKind: 'personnel', economic: '30101', amount: '500000.00' }),
      disbursed('b-1', '300000.10', BASIC), disbursed('b-2', '1000.00', BASIC), reversed('b-2', '0.01', BASIC)),
    line(established({ amount: '200000.00' }), increased('30000.00'), decreased('0.33'), transferredOut('t-1', '10000.00'),
      disbursed('p-1', '123456.78'), disbursed('p-2', '10.00'), reversed('p-2', '10.00')),
    line(established({ lineId: '426002-2023-P02', project: 'P02', amount: '9999.99' }), disbursed('q-1', '0.01', '426002-2023-P02')),
    line(fundEstablished({ amount: '50000.00' }), advancePaid('a-1', '12000.00', CASE), advancePaid('a-2', '3000.50', 'case-2023-002'),
      advanceRecovered('r-1', '2000.00', CASE), disbursed('f-1', '100.00', FUND)),
  ];
}

const sumOf = (values: readonly string[]) => values.reduce((t, v) => t.plus(v), new Money(0)).toFixed(2);

describe('结转结余 at the close', () => {
  it('by default: basic balances lapse (结余), project balances carry (结转), to the cent, and they reconcile', () => {
    const { lines, totals } = settleLines(2023, year(), {}, PROJECTS);
    expect(lines.map((l) => [l.lineId, l.appropriated, l.disbursed, l.unspent, l.fate, l.carriedForward, l.lapsed, l.carriedTo])).toEqual([
      [BASIC, '500000.00', '301000.09', '198999.91', 'lapse', '0.00', '198999.91', null],
      [LINE, '219999.67', '123456.78', '96542.89', 'carry', '96542.89', '0.00', '426002-2024-JZ-P01'],
      ['426002-2023-P02', '9999.99', '0.01', '9999.98', 'carry', '9999.98', '0.00', '426002-2024-JZ-P02'],
      [FUND, '50000.00', '100.00', '49900.00', 'carry', '49900.00', '0.00', '426006-2024-JZ-P09'],
    ]);
    expect(totals).toEqual({
      appropriated: '779999.66', disbursed: '424556.88', unspent: '355442.78', carriedForward: '156442.87', lapsed: '198999.91', advancesOutstanding: '13000.50',
    });
    // Σ unspent = Σ 结转 + Σ 结余 = appropriated − disbursed (net of reversals)
    expect(sumOf(lines.map((l) => l.unspent))).toBe(totals.unspent);
    expect(new Money(totals.carriedForward).plus(totals.lapsed).toFixed(2)).toBe(totals.unspent);
    expect(new Money(totals.appropriated).minus(totals.disbursed).toFixed(2)).toBe(totals.unspent);
  });

  it('the revolving fund carries its outstanding advances by case even when its cash balance lapses', () => {
    const { lines } = settleLines(2023, year(), { lines: { [FUND]: 'lapse' } }, PROJECTS);
    const fund = lines.find((l) => l.lineId === FUND)!;
    // unspent 49900.00 = outstanding advances 13000.50 (carried) + cash 36899.50 (结余)
    expect(fund).toMatchObject({
      unspent: '49900.00', advancesOutstanding: '13000.50', fate: 'lapse', decidedBy: 'line', carriedForward: '13000.50', lapsed: '36899.50',
      carriedTo: '426006-2024-JZ-P09', advancesCarried: [{ caseId: CASE, amount: '10000.00' }, { caseId: 'case-2023-002', amount: '3000.50' }],
    });
  });

  describe('the rules, most specific first', () => {
    const fates = (rules: CloseRules) => Object.fromEntries(settleLines(2023, year(), rules, PROJECTS).lines.map((l) => [l.lineId, [l.fate, l.decidedBy]]));

    it('a project kind by category or sub-category (the sub-category wins)', () => {
      expect(fates({ kinds: { 上级专项: 'lapse', 年初特定目标: 'lapse', 民生配套项目: 'carry' } })).toMatchObject({
        [LINE]: ['carry', 'sub-category'], '426002-2023-P02': ['lapse', 'category'], [FUND]: ['carry', 'sub-category'],
      });
    });

    it('a project overrides its kind; a line overrides its project', () => {
      expect(fates({ kinds: { 民生配套项目: 'carry' }, projects: { P01: 'lapse' }, lines: { [FUND]: 'lapse' } })).toMatchObject({
        [LINE]: ['lapse', 'project'], [FUND]: ['lapse', 'line'],
      });
    });

    it('the default for projects may be 结余', () => {
      expect(fates({ project: 'lapse' })).toMatchObject({ [LINE]: ['lapse', 'type'], [BASIC]: ['lapse', 'type'] });
    });

    it('a 上年结转 line lapses by default (carried one year only), unless ruled otherwise', () => {
      const carried = line(established({ lineId: CARRIED, project: 'P03', amount: '800.00', fundingSource: '上年结转', carriedFrom: '426002-2022-P03' }),
        disbursed('c-1', '100.00', CARRIED));
      expect(settleLines(2023, [carried], {}, PROJECTS).lines[0]).toMatchObject({ fate: 'lapse', decidedBy: 'carried-in', lapsed: '700.00', carriedFrom: '426002-2022-P03' });
      expect(settleLines(2023, [carried], { carriedIn: 'carry' }, PROJECTS).lines[0]).toMatchObject({ fate: 'carry', carriedForward: '700.00', carriedTo: '426002-2024-JZ-JZ-P03' });
    });
  });

  it('an overspent line (warn policy) carries nothing: its negative balance is 结余 (超支)', () => {
    const over = line(established({ overspendPolicy: 'warn', amount: '100.00' }), disbursed('o-1', '150.25'));
    expect(settleLines(2023, [over], {}, PROJECTS).lines[0]).toMatchObject({ unspent: '-50.25', carriedForward: '0.00', lapsed: '-50.25', carriedTo: null });
  });

  it('a line spent to the cent carries nothing and names no 结转 line', () => {
    const spent = line(established({ amount: '100.00' }), disbursed('s-1', '100.00'));
    expect(settleLines(2023, [spent], {}, PROJECTS).lines[0]).toMatchObject({ unspent: '0.00', carriedForward: '0.00', lapsed: '0.00', carriedTo: null });
  });

  describe('bad rules are refused, naming the rule, before anything is recorded', () => {
    const failure = (rules: CloseRules) => {
      try { settleLines(2023, year(), rules, PROJECTS); } catch (e) { expect(e).toBeInstanceOf(DomainError); return e as DomainError; }
      throw new Error('expected a refusal');
    };

    it('结转 of a basic line, naming the line', () => {
      const e = failure({ lines: { [BASIC]: 'carry' } });
      expect([e.code, e.kind, e.field, e.details]).toEqual(['BASIC_LINE_CANNOT_CARRY', 'invalid', `rules.lines.${BASIC}`, { lineId: BASIC }]);
      expect(failure({ basic: 'carry' }).field).toBe('rules.basic');
    });

    it.each([
      [{ lines: { 'no-such-line': 'carry' } }, 'UNKNOWN_LINE', 'rules.lines.no-such-line'],
      [{ projects: { P77: 'carry' } }, 'UNKNOWN_PROJECT', 'rules.projects.P77'],
      [{ kinds: { 市级专项: 'carry' } }, 'UNKNOWN_PROJECT_KIND', 'rules.kinds.市级专项'],
      [{ project: 'keep' }, 'INVALID_FATE', 'rules.project'],
    ] as [CloseRules, string, string][])('%j → %s', (rules, code, field) => {
      const e = failure(rules);
      expect([e.code, e.field]).toEqual([code, field]);
    });
  });
});
