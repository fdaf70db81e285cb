import { BusinessDate, LineAttributes, Money } from '@app/domain';
import { basisPoints, splitByWeights } from './amounts';
import { dateOf, workingDay } from './calendar';
import { Curve, DEFAULT_PROJECT, PROJECT_PROFILES, ProjectProfile, basicCurve } from './curves';
import { Random } from './random';

/** A payment before vouchers are numbered and balances are checked. */
export interface PaymentDraft {
  readonly key: string;
  readonly lineId: string;
  readonly unit: string;
  readonly date: BusinessDate;
  readonly amount: Money;
  readonly payee: string;
  readonly summary: string;
  readonly subsidyCategory: string | null;
  readonly beneficiaries: number | null;
  readonly economic: string | null;
  /** 政府采购: draws on the project's procurement budget */
  readonly procurement?: true;
}

/** 经济分类 款 names used in summaries and payees (表三). */
const ECONOMIC: Readonly<Record<string, readonly [string, string]>> = {
  30101: ['基本工资', '在职职工（工资代发）'], 30102: ['津贴补贴', '在职职工（工资代发）'], 30103: ['奖金', '在职职工（工资代发）'],
  30107: ['绩效工资', '在职职工（工资代发）'], 30108: ['机关事业单位基本养老保险缴费', '潼南区社会保险事务中心'],
  30109: ['职业年金缴费', '潼南区社会保险事务中心'], 30110: ['职工基本医疗保险缴费', '潼南区医疗保障事务中心'],
  30111: ['公务员医疗补助缴费', '潼南区医疗保障事务中心'], 30112: ['其他社会保障缴费', '潼南区社会保险事务中心'],
  30113: ['住房公积金', '重庆市住房公积金管理中心潼南区分中心'], 30114: ['医疗费', '潼南区人民医院'],
  30201: ['办公费', '潼南区某办公用品经营部'], 30205: ['水费', '潼南区自来水有限公司'], 30206: ['电费', '国网重庆市电力公司潼南供电分公司'],
  30207: ['邮电费', '中国电信潼南分公司'], 30216: ['培训费', '某职业培训学校'], 30217: ['公务接待费', '潼南区某宾馆'],
  30226: ['劳务费', '临聘人员（批量代发）'], 30228: ['工会经费', '本单位工会委员会'], 30229: ['福利费', '在职职工（批量代发）'],
  30231: ['公务用车运行维护费', '潼南区某汽车维修有限公司'], 30239: ['其他交通费用', '在职职工（公务交通补贴）'],
  30305: ['生活补助', '遗属及困难职工（批量代发）'], 30307: ['医疗费补助', '离退休人员（批量代发）'], 30399: ['其他对个人和家庭的补助', '离退休人员（批量代发）'],
};
export const economicName = (code: string | null) => (code ? ECONOMIC[code]?.[0] ?? code : '');

export const profileOf = (line: LineAttributes): ProjectProfile => PROJECT_PROFILES[line.project ?? ''] ?? DEFAULT_PROJECT;

/** Lines below this pay once: a few hundred 元 is not split into twelve. */
const TINY = new Money(1_000);

/** The payments of one line over the year, following its curve, adding up to its final share exactly. */
export function planLinePayments(line: LineAttributes, finalAppropriation: Money, year: number, rng: Random): PaymentDraft[] {
  const basic = line.type === 'basic';
  const profile = basic ? null : profileOf(line);
  let curve: Curve = basic ? basicCurve(line, finalAppropriation) : (profile as ProjectProfile).curve;
  if (finalAppropriation.lt(TINY)) {
    const heaviest = curve.weights.indexOf(Math.max(...curve.weights));
    curve = { ...curve, months: [curve.months[heaviest]], weights: [1] };
  }
  const share = rng.int(curve.finalShare[0], curve.finalShare[1]);
  const total = basisPoints(finalAppropriation, share);
  const weights = curve.weights.map((w) => (w === 0 ? 0 : w * (100 + rng.int(-curve.jitter, curve.jitter))));
  const amounts = splitByWeights(total, weights);
  const drafts: PaymentDraft[] = [];
  curve.months.forEach((month, i) => {
    if (amounts[i].lte(0)) return;
    const date = workingDay(dateOf(year, month, rng.int(curve.day[0], curve.day[1])));
    const what = basic ? economicName(line.economic) : (profile as ProjectProfile).summary;
    const subsidy = profile?.subsidy;
    drafts.push({
      key: `pay/${line.lineId}/${String(month).padStart(2, '0')}`, lineId: line.lineId, unit: line.unit, date, amount: amounts[i],
      payee: basic ? ECONOMIC[line.economic ?? '']?.[1] ?? '收款单位' : (profile as ProjectProfile).payee,
      summary: `${month}月${what}`, subsidyCategory: subsidy?.category ?? null,
      beneficiaries: subsidy ? rng.int(subsidy.people[0], subsidy.people[1]) : null, economic: basic ? line.economic : null,
      ...(profile?.procurement ? { procurement: true as const } : {}),
    });
  });
  return drafts;
}
