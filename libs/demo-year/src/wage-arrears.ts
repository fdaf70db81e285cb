import { BusinessDate, LineAttributes, Money, Resolution, toYuanString } from '@app/domain';
import { addDays, dateOf, workingDay } from './calendar';
import { Random } from './random';
import { PayAdvanceStep, RecoverAdvanceStep, ReportCaseStep, ResolveCaseStep } from './steps';

type CaseStep = ReportCaseStep | ResolveCaseStep | PayAdvanceStep | RecoverAdvanceStep;

/**
 * 欠薪案件 of the year in the unit that holds the 农民工工资应急周转金: peaks before 春节 (January) and before
 * 中秋/国庆 (September), most cases disposed of within weeks, two still open at year end. Some cases get a
 * 垫付 from the fund, recovered from the employer later; the September wave draws the fund below 20% of its
 * appropriation, and two advances stay unrecovered (one over 180 days, one over 90 at year end).
 */
interface CaseSpec {
  readonly report: readonly [number, number, number]; // month, first day, last day
  readonly size: 'small' | 'medium' | 'large';
  /** days to disposal, or null: still open at year end */
  readonly resolveAfter: readonly [number, number] | null;
  readonly resolution: Resolution;
  /** 垫付: date (month, day), 万元; recoveries: (month, day, 万元 or 'rest' for what is left) */
  readonly advance?: { readonly on: readonly [number, number]; readonly wan: string; readonly recoveries: readonly (readonly [number, number, string])[] };
}

const CASES: readonly CaseSpec[] = [
  { report: [1, 5, 9], size: 'large', resolveAfter: null, resolution: 'fund_advance', advance: { on: [1, 16], wan: '120', recoveries: [[3, 20, '50'], [5, 22, '40']] } },
  { report: [1, 6, 10], size: 'small', resolveAfter: [12, 20], resolution: 'employer_paid' },
  { report: [1, 9, 12], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [1, 19], wan: '38', recoveries: [[4, 10, 'rest']] } },
  { report: [1, 12, 16], size: 'small', resolveAfter: [8, 15], resolution: 'employer_paid' },
  { report: [1, 16, 18], size: 'medium', resolveAfter: [25, 40], resolution: 'arbitration' },
  { report: [2, 13, 20], size: 'small', resolveAfter: [15, 30], resolution: 'employer_paid' },
  { report: [3, 6, 10], size: 'small', resolveAfter: [20, 30], resolution: 'employer_paid' },
  { report: [3, 20, 24], size: 'medium', resolveAfter: [60, 80], resolution: 'court' },
  { report: [4, 3, 7], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [4, 12], wan: '26', recoveries: [[6, 28, 'rest']] } },
  { report: [5, 8, 12], size: 'small', resolveAfter: [10, 20], resolution: 'employer_paid' },
  { report: [5, 22, 26], size: 'small', resolveAfter: [30, 45], resolution: 'arbitration' },
  { report: [6, 5, 9], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [6, 15], wan: '18', recoveries: [[8, 30, 'rest']] } },
  { report: [6, 19, 21], size: 'small', resolveAfter: [15, 25], resolution: 'employer_paid' },
  { report: [7, 10, 14], size: 'small', resolveAfter: [10, 20], resolution: 'employer_paid' },
  { report: [8, 7, 11], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [8, 21], wan: '42', recoveries: [] } },
  { report: [8, 28, 31], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [9, 5], wan: '35', recoveries: [[11, 28, 'rest']] } },
  { report: [9, 11, 13], size: 'large', resolveAfter: null, resolution: 'fund_advance', advance: { on: [9, 18], wan: '180', recoveries: [[10, 27, 'rest']] } },
  { report: [9, 18, 20], size: 'large', resolveAfter: null, resolution: 'fund_advance', advance: { on: [9, 25], wan: '90', recoveries: [[11, 20, 'rest']] } },
  { report: [9, 20, 22], size: 'medium', resolveAfter: null, resolution: 'fund_advance', advance: { on: [9, 26], wan: '48', recoveries: [[12, 14, 'rest']] } },
  { report: [9, 25, 28], size: 'small', resolveAfter: [15, 25], resolution: 'employer_paid' },
  { report: [10, 9, 13], size: 'small', resolveAfter: [10, 20], resolution: 'employer_paid' },
  { report: [10, 23, 27], size: 'small', resolveAfter: [30, 40], resolution: 'arbitration' },
  { report: [11, 13, 17], size: 'small', resolveAfter: [15, 25], resolution: 'employer_paid' },
  // still open on 31 December: one with an advance paid, one just reported
  { report: [11, 27, 30], size: 'medium', resolveAfter: null, resolution: 'employer_paid', advance: { on: [12, 12], wan: '15', recoveries: [] } },
  { report: [12, 18, 22], size: 'small', resolveAfter: null, resolution: 'employer_paid' },
];

const EMPLOYERS = {
  small: ['潼南区某餐饮管理有限公司', '潼南区某服装加工厂', '潼南区某物业服务有限公司', '潼南区某保洁服务有限公司', '潼南区某农业开发有限公司', '潼南区某物流有限公司'],
  medium: ['重庆某装饰工程有限公司', '重庆某市政工程有限公司', '潼南区某机械制造有限公司', '重庆某电子科技有限公司', '重庆某劳务有限公司'],
  large: ['重庆某建设（集团）有限公司', '某安置房项目总承包单位', '重庆某建筑劳务有限公司'],
} as const;
const WORKERS = { small: [4, 15], medium: [18, 45], large: [80, 140] } as const;
const OWED_PER_WORKER = { small: [6_000, 12_000], medium: [9_000, 16_000], large: [18_000, 26_000] } as const;
const DESCRIPTIONS = {
  small: '拖欠员工工资，经劳动保障监察立案调查',
  medium: '拖欠农民工工资，工人集体投诉至根治欠薪服务窗口',
  large: '在建工程项目拖欠农民工工资，涉及人数较多，纳入根治欠薪重点案件督办',
} as const;
const NOTES: Readonly<Record<Resolution, string>> = {
  employer_paid: '经调解，用工单位已足额支付拖欠工资',
  fund_advance: '应急周转金先行垫付工人基本生活费，向用工单位追偿',
  arbitration: '移送劳动人事争议仲裁院，已作出仲裁裁决',
  court: '用工单位拒不支付，移送司法机关处理',
};

export function planWageArrears(fund: LineAttributes | undefined, units: ReadonlySet<string>, year: number, rng: Random): CaseStep[] {
  const unit = fund?.unit ?? [...units].sort().at(-1);
  if (unit === undefined) return [];
  const steps: CaseStep[] = [];
  CASES.forEach((spec, i) => {
    const caseKey = `C${String(i + 1).padStart(2, '0')}`;
    const [month, from, to] = spec.report;
    const reported = workingDay(dateOf(year, month, rng.int(from, to)));
    const workers = rng.int(WORKERS[spec.size][0], WORKERS[spec.size][1]);
    const owed = new Money(rng.int(OWED_PER_WORKER[spec.size][0], OWED_PER_WORKER[spec.size][1])).mul(workers);
    const advance = spec.advance && fund ? new Money(spec.advance.wan).mul(rng.int(96, 104)).mul(100) : null; // 万元 ± 4%, whole hundreds
    const owedAtLeast = advance && owed.lt(advance.mul('1.3')) ? advance.mul('1.3').toDecimalPlaces(0) : owed;
    steps.push({
      kind: 'reportCase', key: `case/${caseKey}/report`, date: reported, caseKey, unit, employer: rng.pick(EMPLOYERS[spec.size]), workersAffected: workers,
      amountOwed: toYuanString(owedAtLeast), description: DESCRIPTIONS[spec.size],
    });
    let disposedOn: BusinessDate | null = spec.resolveAfter ? clampToYear(addDays(reported, rng.int(spec.resolveAfter[0], spec.resolveAfter[1])), year) : null;
    if (spec.advance && fund && advance) {
      const paidOn = workingDay(dateOf(year, spec.advance.on[0], spec.advance.on[1]));
      const paidWorkers = Math.max(1, Math.floor(workers * rng.int(70, 100) / 100));
      steps.push({ kind: 'payAdvance', key: `case/${caseKey}/advance`, date: paidOn, caseKey, lineId: fund.lineId, amount: toYuanString(advance), workers: paidWorkers,
        note: `先行垫付 ${paidWorkers} 名工人基本生活费` });
      let left = advance;
      spec.advance.recoveries.forEach(([m, d, wan], k) => {
        const amount = wan === 'rest' ? left : new Money(wan).mul(10_000);
        left = left.minus(amount);
        steps.push({ kind: 'recoverAdvance', key: `case/${caseKey}/recovery/${k + 1}`, date: workingDay(dateOf(year, m, d)), caseKey, lineId: fund.lineId,
          amount: toYuanString(amount), note: wan === 'rest' ? '用工单位已归还全部垫付资金' : '用工单位分期归还垫付资金' });
      });
      // a case with an advance is disposed of the day after (处置方式: 垫付), unless it is one of the year-end open cases
      if (spec.resolution === 'fund_advance') disposedOn = addDays(paidOn, 1);
    }
    if (disposedOn) {
      steps.push({ kind: 'resolveCase', key: `case/${caseKey}/resolution`, date: disposedOn, caseKey, resolution: spec.resolution,
        amountSettled: spec.resolution === 'employer_paid' ? toYuanString(owedAtLeast) : null, note: NOTES[spec.resolution] });
    }
  });
  return steps;
}

const clampToYear = (date: BusinessDate, year: number): BusinessDate => (date > `${year}-12-31` ? `${year}-12-31` : date);
