import { IndicatorDefined, LineAttributes, Money, ZERO } from '@app/domain';
import { basisPoints, splitByWeights } from './amounts';
import { dateOf, workingDay } from './calendar';
import { PaymentDraft } from './payments';
import { Random } from './random';

/**
 * 就业补助资金 (e.g. P37, 4144 万元): paid in quarterly batches per 补助类别, each batch one voucher with its
 * head count, so that the derived 补贴人数 indicators come true. Categories bound to an indicator pay
 * (people × per-capita standard); the other categories share what is left of the year's total.
 */
interface Category {
  readonly months: readonly number[];
  /** how the year's people (or money, for unbound categories) spread over the batches */
  readonly weights: readonly number[];
  /** per-capita amount of one batch, 元, drawn in [min, max] */
  readonly perCapita: readonly [number, number];
  readonly payee: string;
}

const BOUND: Readonly<Record<string, Category>> = {
  公益性岗位补贴: { months: [3, 6, 9, 12], weights: [24, 25, 25, 26], perCapita: [5100, 5700], payee: '公益性岗位人员（批量代发）' },
  社会保险补贴: { months: [3, 6, 9, 12], weights: [24, 25, 25, 26], perCapita: [1500, 1620], payee: '就业困难人员及吸纳企业（批量代发）' },
  职业技能鉴定补贴: { months: [3, 6, 9, 12], weights: [19, 27, 30, 24], perCapita: [172, 210], payee: '鉴定合格人员（批量代发）' },
  就业见习补贴: { months: [3, 6, 9, 12], weights: [19, 25, 28, 28], perCapita: [4200, 4800], payee: '见习单位（批量拨付）' },
  求职创业补贴: { months: [3, 6, 9, 12], weights: [17, 31, 35, 17], perCapita: [1000, 1000], payee: '毕业年度高校毕业生（批量代发）' },
};
const DEFAULT_BOUND: Category = { months: [3, 6, 9, 12], weights: [1, 1, 1, 1], perCapita: [800, 1200], payee: '个人（批量代发）' };

/** Categories no indicator counts: [category, share of the rest, batches]. `perCapita` null: paid to institutions. */
const UNBOUND: readonly (readonly [string, number, Category | (Omit<Category, 'perCapita'> & { perCapita: null })])[] = [
  ['职业培训补贴', 45, { months: [5, 8, 11], weights: [30, 35, 35], perCapita: [1200, 1600], payee: '培训合格人员及培训机构（批量）' }],
  ['一次性创业补贴', 20, { months: [3, 6, 9, 12], weights: [1, 1, 1, 1], perCapita: [8000, 10000], payee: '首次创业人员（批量代发）' }],
  ['就业创业服务补助', 15, { months: [4, 10, 12], weights: [40, 30, 30], perCapita: null, payee: '潼南区公共就业服务机构' }],
  ['一次性吸纳就业补贴', 20, { months: [7, 12], weights: [1, 1], perCapita: [1000, 1000], payee: '吸纳就业企业（批量拨付）' }],
];

const quarter = (month: number) => Math.ceil(month / 3);

export function isSubsidyWaveLine(line: LineAttributes, indicators: readonly IndicatorDefined['data'][]): boolean {
  return line.project !== null && boundCategories(line, indicators).length >= 2;
}

function boundCategories(line: LineAttributes, indicators: readonly IndicatorDefined['data'][]) {
  return indicators.filter((i) => i.project === line.project && i.metric === 'subsidy_beneficiaries' && i.subsidyCategory !== null);
}

export function planSubsidyWaves(line: LineAttributes, indicators: readonly IndicatorDefined['data'][], finalAppropriation: Money, year: number, rng: Random): PaymentDraft[] {
  const total = basisPoints(finalAppropriation, rng.int(9550, 9700));
  const drafts: PaymentDraft[] = [];
  const batch = (category: string, c: { months: readonly number[]; payee: string }, i: number, amount: Money, people: number | null) => {
    const month = c.months[i];
    drafts.push({
      key: `pay/${line.lineId}/${category}/${String(month).padStart(2, '0')}`, lineId: line.lineId, unit: line.unit,
      date: workingDay(dateOf(year, month, rng.int(18, 26))), amount, payee: c.payee,
      summary: `${year}年第${quarter(month)}季度${category}发放（${month}月批次）`,
      subsidyCategory: category, beneficiaries: people, economic: null,
    });
  };
  let bound = ZERO;
  for (const indicator of boundCategories(line, indicators)) {
    const category = indicator.subsidyCategory as string;
    const c = BOUND[category] ?? DEFAULT_BOUND;
    // the year's head count a little above the target: the indicator ends green, not blue
    const people = Math.ceil(Number(indicator.target ?? '0') * rng.int(102, 105) / 100);
    const perBatch = splitPeople(people, c.weights);
    perBatch.forEach((n, i) => {
      if (n <= 0) return;
      const amount = new Money(rng.int(c.perCapita[0], c.perCapita[1])).mul(n);
      bound = bound.plus(amount);
      batch(category, c, i, amount, n);
    });
  }
  const rest = total.minus(bound);
  if (rest.lte(0)) return drafts;
  const shares = splitByWeights(rest, UNBOUND.map(([, share]) => share));
  UNBOUND.forEach(([category, , c], k) => {
    splitByWeights(shares[k], c.weights).forEach((amount, i) => {
      if (amount.lte(0)) return;
      const people = c.perCapita === null ? null : Math.max(1, amount.div((c.perCapita[0] + c.perCapita[1]) / 2).floor().toNumber());
      batch(category, c, i, amount, people);
    });
  });
  return drafts;
}

/** Whole people spread by weights; the last batch takes the rounding. */
function splitPeople(people: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const parts = weights.map((w) => Math.floor(people * w / sum));
  parts[parts.length - 1] = people - parts.slice(0, -1).reduce((a, n) => a + n, 0);
  return parts;
}
