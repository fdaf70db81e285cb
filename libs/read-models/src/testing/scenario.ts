import fc from 'fast-check';
import type { AppropriationEstablished, DomainEvent, LineAttributes } from '@app/domain';
import { budgetDocument, indicatorDefined, progressReported, targetRevised, yuan } from './fixtures';

/**
 * Random valid event sequences for the property tests: a budget document, 2–6 lines (line 0 is the wage
 * revolving fund), then up to 40 operations recorded in order but with random effective dates, so
 * back-dating is the norm. Amounts are generated as integer 分 and formatted as 元. Operations that
 * would be invalid (reversing twice, recovering more than advanced, a date before the line) are
 * adjusted or skipped, as the deciders would.
 */
const UNITS = ['426001', '426002', '426003'];
const FUNCTIONAL = ['2080101', '2080105', '2080705', '2080799', '2101101'];
const ECONOMIC = ['30101', '30102', '30201', '30299'];
const SOURCES = ['一般公共预算拨款', '政府性基金预算'];
const CATEGORIES = [null, '公益性岗位补贴', '社会保险补贴', '就业见习补贴'];
const KINDS = ['increase', 'decrease', 'transfer', 'disburse', 'disburse', 'disburse', 'reverse', 'reverse', 'case', 'resolve', 'advance', 'recover', 'report', 'revise'] as const;

const lineArb = fc.record({
  unit: fc.constantFrom(...UNITS), basic: fc.boolean(), project: fc.constantFrom('P01', 'P02', 'P09'), functional: fc.constantFrom(...FUNCTIONAL),
  economic: fc.constantFrom(...ECONOMIC), source: fc.constantFrom(...SOURCES), fen: fc.integer({ min: 1, max: 1_000_000_000 }), day: fc.integer({ min: 0, max: 90 }),
});
const opArb = fc.record({
  kind: fc.constantFrom(...KINDS), a: fc.nat(50), b: fc.nat(50), fen: fc.integer({ min: 1, max: 5_000_000 }), day: fc.integer({ min: 0, max: 364 }),
  pick: fc.nat(1000), cat: fc.nat(CATEGORIES.length - 1), people: fc.nat(40),
});

export const dateOf = (day: number) => new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
const later = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));

export interface Scenario { readonly events: readonly DomainEvent[]; readonly lines: readonly LineAttributes[] }

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({ lines: fc.array(lineArb, { minLength: 2, maxLength: 6 }), ops: fc.array(opArb, { maxLength: 40 }) })
  .map(({ lines: specs, ops }) => {
    const lines: LineAttributes[] = specs.map((s, i) => ({
      lineId: `L${i}`, fiscalYear: 2023, department: '426', unit: i === 0 ? '426006' : s.unit, type: s.basic && i > 0 ? 'basic' : 'project',
      project: s.basic && i > 0 ? null : i === 0 ? 'P09' : s.project, projectName: null, basicKind: s.basic && i > 0 ? 'operating' : null,
      functional: s.functional, economic: s.basic && i > 0 ? s.economic : null, fundingSource: s.source, amount: yuan(s.fen),
      overspendPolicy: 'warn', revolvingFund: i === 0, importId: 'import-test', inferred: [],
    }));
    const since = specs.map((s) => dateOf(s.day));
    const events: DomainEvent[] = [budgetDocument(), indicatorDefined('I1'), indicatorDefined('I2', { project: 'P02' })];
    lines.forEach((data, i) => events.push({ type: 'AppropriationEstablished.v1', effectiveDate: since[i], data } as AppropriationEstablished));
    const payments: { id: string; lineId: string; fen: number; date: string; reversed: boolean }[] = [];
    const cases: { id: string; date: string; open: boolean; owed: number; lastAdvance: string | null }[] = [];
    const n = lines.length;
    ops.forEach((op, k) => {
      const i = op.a % n;
      const lineId = `L${i}`;
      const date = later(dateOf(op.day), since[i]);
      const note = { reason: '测试', documentNo: null };
      switch (op.kind) {
        case 'increase': case 'decrease':
          events.push({ type: op.kind === 'increase' ? 'AppropriationIncreased.v1' : 'AppropriationDecreased.v1', effectiveDate: date, data: { lineId, amount: yuan(op.fen), ...note } });
          return;
        case 'transfer': {
          const j = op.b % n;
          if (j === i) return;
          const when = later(date, since[j]);
          const transferId = `t${k}`;
          events.push({ type: 'AppropriationTransferredOut.v1', effectiveDate: when, data: { transferId, lineId, toLineId: `L${j}`, amount: yuan(op.fen), ...note } });
          events.push({ type: 'AppropriationTransferredIn.v1', effectiveDate: when, data: { transferId, lineId: `L${j}`, fromLineId: lineId, amount: yuan(op.fen), ...note } });
          return;
        }
        case 'disburse': {
          const category = CATEGORIES[op.cat];
          payments.push({ id: `d${k}`, lineId, fen: op.fen, date, reversed: false });
          events.push({ type: 'DisbursementRecorded.v1', effectiveDate: date, data: {
            disbursementId: `d${k}`, lineId, amount: yuan(op.fen), voucherNo: `V${k}`, payee: null, summary: null,
            subsidyCategory: category, beneficiaries: category ? op.people : null, economic: null,
          } });
          return;
        }
        case 'reverse': {
          const open = payments.filter((p) => !p.reversed);
          if (open.length === 0) return;
          const p = open[op.pick % open.length];
          p.reversed = true; // 冲销 once, wholly or in part
          const fen = op.pick % 2 === 0 ? p.fen : Math.min(op.fen, p.fen);
          events.push({ type: 'DisbursementReversed.v1', effectiveDate: later(dateOf(op.day), p.date), data: { disbursementId: p.id, lineId: p.lineId, amount: yuan(fen), reason: '冲销' } });
          return;
        }
        case 'case':
          cases.push({ id: `c${k}`, date: dateOf(op.day), open: true, owed: 0, lastAdvance: null });
          events.push({ type: 'WageArrearsCaseReported.v1', effectiveDate: dateOf(op.day), data: {
            caseId: `c${k}`, unit: UNITS[op.b % UNITS.length], employer: '某公司', workersAffected: 1 + op.people, amountOwed: yuan(op.fen), description: null,
          } });
          return;
        case 'resolve': {
          const open = cases.filter((c) => c.open);
          if (open.length === 0) return;
          const c = open[op.pick % open.length];
          c.open = false;
          events.push({ type: 'WageArrearsCaseResolved.v1', effectiveDate: later(dateOf(op.day), c.date), data: {
            caseId: c.id, unit: '426006', resolution: 'employer_paid', amountSettled: op.b % 2 ? yuan(op.fen) : null, note: null,
          } });
          return;
        }
        case 'advance': {
          const open = cases.filter((c) => c.open);
          if (open.length === 0) return;
          const c = open[op.pick % open.length];
          const when = later(dateOf(op.day), c.date, since[0]);
          c.owed += op.fen;
          c.lastAdvance = c.lastAdvance ? later(c.lastAdvance, when) : when;
          events.push({ type: 'FundAdvancePaid.v1', effectiveDate: when, data: { advanceId: `a${k}`, lineId: 'L0', caseId: c.id, amount: yuan(op.fen), workers: 1 + op.people, note: null } });
          return;
        }
        case 'recover': {
          const owing = cases.filter((c) => c.owed > 0);
          if (owing.length === 0) return;
          const c = owing[op.pick % owing.length];
          const fen = Math.min(op.fen, c.owed);
          c.owed -= fen;
          events.push({
            type: 'FundAdvanceRecovered.v1', effectiveDate: later(dateOf(op.day), c.lastAdvance!),
            data: { recoveryId: `r${k}`, lineId: 'L0', caseId: c.id, amount: yuan(fen), note: null },
          });
          return;
        }
        case 'report':
          events.push(progressReported(op.b % 2 ? 'I1' : 'I2', dateOf(op.day), String(op.fen % 1000), op.cat ? '偏差' : null));
          return;
        case 'revise':
          events.push(targetRevised(op.b % 2 ? 'I1' : 'I2', String(op.pick), dateOf(op.day)));
      }
    });
    return { events, lines };
  });
