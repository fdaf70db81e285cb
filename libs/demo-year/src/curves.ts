import { LineAttributes, Money } from '@app/domain';

/**
 * How a line is paid over the year: on which months, in which proportions (whole-number weights), on about
 * which day, and what share of its final appropriation is paid by 31 December (basis points, a range drawn
 * from). Months are 1–12; a weight of 0 skips the month.
 */
export interface Curve {
  readonly months: readonly number[];
  readonly weights: readonly number[];
  /** day of month the payment falls on (moved off weekends); a range is drawn per payment */
  readonly day: readonly [number, number];
  /** 年末执行率 in basis points, drawn in [min, max] */
  readonly finalShare: readonly [number, number];
  /** ± percent each weight may vary by, so that twelve salaries are not twelve identical amounts */
  readonly jitter: number;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const monthly = (weights: readonly number[], day: readonly [number, number], finalShare: readonly [number, number], jitter = 2): Curve =>
  ({ months: MONTHS, weights, day, finalShare, jitter });
const even = Array(12).fill(1) as number[];

/** 工资福利支出 and 对个人和家庭的补助 (301/303): monthly, with a year-end bonus month for 奖金 and 绩效工资. */
const PERSONNEL: Readonly<Record<string, Curve>> = {
  30101: monthly(even, [15, 15], [9950, 10000], 0), // 基本工资
  30102: monthly([...Array(11).fill(8), 12], [15, 15], [9920, 10000], 1), // 津贴补贴, 年终一次性补贴 in December
  30103: monthly([...Array(11).fill(5), 40], [15, 15], [9750, 9900], 2), // 奖金: 年终奖 in December
  30107: monthly([...Array(11).fill(6), 34], [15, 15], [9750, 9900], 2), // 绩效工资: 年终绩效 in December
  30114: { months: [3, 6, 9, 12], weights: [1, 1, 1, 1], day: [18, 24], finalShare: [9300, 9800], jitter: 25 }, // 医疗费
  30307: { months: [3, 6, 9, 12], weights: [1, 1, 1, 1], day: [18, 24], finalShare: [9400, 9900], jitter: 25 }, // 医疗费补助
  30305: monthly(even, [10, 10], [9900, 10000], 0), // 生活补助
  30399: monthly(even, [10, 10], [9850, 10000], 3), // 其他对个人和家庭的补助
};
/** social insurance, pensions, medical insurance and the housing fund: paid with the month's contributions */
const CONTRIBUTION = monthly(even, [20, 20], [9900, 10000], 1);

/** 商品和服务支出 (302): steady through the year with a bump in the fourth quarter; small lines quarterly. */
const OPERATING = monthly([6, 7, 8, 8, 8, 8, 8, 8, 8, 9, 10, 12], [5, 26], [9000, 9800], 12);
const OPERATING_SMALL: Curve = { months: [3, 6, 9, 12], weights: [20, 22, 25, 33], day: [8, 26], finalShare: [9000, 9800], jitter: 10 };
const SMALL_OPERATING = new Money(10_000);

export function basicCurve(line: LineAttributes, amount: Money): Curve {
  const economic = line.economic ?? '';
  if (economic.startsWith('302')) return amount.lt(SMALL_OPERATING) ? OPERATING_SMALL : OPERATING;
  return PERSONNEL[economic] ?? CONTRIBUTION;
}

/** Where a project stands at year end: on track, slightly behind (yellow) or lagging badly (red). */
export type Standing = 'on_track' | 'behind' | 'lagging';

export interface ProjectProfile {
  readonly curve: Curve;
  readonly standing: Standing;
  /** 收款人 and 摘要 stem of its payments */
  readonly payee: string;
  readonly summary: string;
  /** 偏差原因 the unit gives when the project's indicators fall behind (lagging, behind, or paid in one lump) */
  readonly reason?: string;
  /** 补助类别 and 人数 per payment, for subsidy projects whose head count is an indicator */
  readonly subsidy?: { readonly category: string; readonly people: readonly [number, number] };
  /** 政府采购: its payments draw on the project's procurement budget (表九) */
  readonly procurement?: true;
}

const at = (months: readonly number[], weights: readonly number[], finalShare: readonly [number, number], day: readonly [number, number] = [8, 26]): Curve =>
  ({ months, weights, day, finalShare, jitter: 8 });
const quarterly = (finalShare: readonly [number, number], weights: readonly number[] = [1, 1, 1, 1]) => at([3, 6, 9, 12], weights, finalShare, [12, 25]);
const everyMonth = (finalShare: readonly [number, number]) => monthly(even, [10, 12], finalShare, 1);
const p = (curve: Curve, payee: string, summary: string, extra: Partial<ProjectProfile> = {}): ProjectProfile =>
  ({ curve, standing: 'on_track', payee, summary, ...extra });

/**
 * The projects of the 426 demo budget (表十), each with a plausible way of being paid. Four lag badly at year
 * end (P09 is a revolving fund: it advances, it does not spend), three are slightly behind.
 */
export const PROJECT_PROFILES: Readonly<Record<string, ProjectProfile>> = {
  P01: p(at([5], [1], [9800, 9950]), '潼南区某服装有限公司', '仲裁员工作服制作'),
  P02: p(at([4, 8, 11], [3, 4, 3], [6500, 7200]), '重庆某档案数字化服务有限公司', '人事档案数字化扫描及安全维护', {
    standing: 'behind', reason: '档案数字化扫描外包合同延后签订，扫描进度滞后于计划，预计次年一季度完成' }),
  P03: p(quarterly([9600, 9900]), '评审专家及鉴定医院（批量）', '劳动能力鉴定评审费'),
  P04: p(at([1], [1], [10000, 10000], [10, 13]), '困难人员（批量代发）', '元旦春节慰问金'),
  P05: p(at([6, 11], [12, 88], [9800, 10000]), '获表彰集体和个人（批量代发）', '区级表彰奖励', {
    reason: '表彰大会定于11月召开，奖励资金届时集中发放' }),
  P06: p(quarterly([9300, 9800], [2, 3, 2, 3]), '某软件服务有限公司', '工资制度改革调整工作经费'),
  P07: p(at([4, 5, 7, 11], [2, 3, 3, 2], [9500, 9900]), '某人才测评服务有限公司', '事业单位公开招聘笔试面试费'),
  P08: p(at([9], [1], [10000, 10000]), '潼南区人民医院', '专家知识分子健康体检', { reason: '专家体检安排在9月集中进行' }),
  P10: p(quarterly([9400, 9800]), '某印务有限公司', '创新执法试验区普法宣传及培训'),
  P11: p(quarterly([9600, 9950], [3, 2, 2, 3]), '某汽车租赁有限公司', '治欠专项检查及督查'),
  P12: p(at([4, 10], [1, 1], [9500, 9900]), '某信息技术有限公司', '农民工工资支付监控预警平台运行维护'),
  P13: p(at([5], [1], [9600, 9800]), '潼南区某服装有限公司', '劳动保障监察员服装'),
  P14: p(quarterly([9500, 9900]), '中国电信潼南分公司', '社保经办网络及设备维护'),
  P15: p(at([6, 10, 12], [2, 3, 3], [6800, 7400]), '重庆某档案数字化服务有限公司', '业务档案数字化扫描', {
    standing: 'behind', reason: '档案数字化服务商保密资质审核延期，扫描工作于下半年启动，进度滞后' }),
  P16: p(at([11], [1], [2200, 3000]), '某智能设备有限公司', '社保公共服务标准化基地电子显示屏采购（首期）', {
    standing: 'lagging', reason: '标准化基地建设方案调整，政府采购延至四季度，自助服务一体机等设备尚未交付', procurement: true }),
  P17: p(at([4, 5, 6, 7], [2, 3, 3, 2], [9700, 9950]), '某文化传媒有限公司', '全民参保入户登记调查宣传及印制'),
  P18: p(at([2, 4, 6, 8, 10, 12], [1, 1, 1, 1, 1, 1], [9500, 9900]), '某智能卡科技有限公司', '社保卡制卡费'),
  P19: p(at([3, 9], [1, 1], [9600, 9900]), '某数字证书认证有限公司', '社保系统电子认证证书'),
  P20: p(everyMonth([9900, 10000]), '长骋人员（工资代发）', '长骋人员工资及社保费'),
  P21: p(everyMonth([9900, 10000]), '老复员军人（批量代发）', '老复员军人生活补贴'),
  P22: p(everyMonth([9900, 10000]), '企业军转干部（批量代发）', '企业军转干生活和医疗补助'),
  P23: p(quarterly([9950, 10000]), '退休职工（批量代发）', '土产棉麻公司退休职工生活补贴'),
  P24: p(everyMonth([9800, 10000]), '未参保人员（批量代发）', '未参保企业121号文生活补贴'),
  P25: p(quarterly([9900, 10000]), '离休人员（批量代发）', '建国初期参加革命工作人员生活和医疗补贴'),
  P26: p(quarterly([9900, 10000]), '退休老工人（批量代发）', '建国前参加革命工作退休老工人生活补贴'),
  P27: p(at([1, 6, 9, 10], [40, 15, 30, 15], [9800, 10000], [8, 18]), '高龄退休人员（批量代发）', '城保退休高龄人员节日慰问金'),
  P28: p(quarterly([9800, 10000]), '潼南区社会保险事务中心', '13家改制企业人员养老保险补贴'),
  P29: p(quarterly([7000, 7600], [1, 1, 1, 2]), '某人力资源服务有限公司', '重点电子企业用工监测及调研', {
    standing: 'behind', reason: '部分监测企业数据报送滞后，调研及送工经费按实际完成量结算' }),
  P30: p(quarterly([9500, 9900]), '某人力资源服务有限公司', '人力资源市场运行及专场招聘会'),
  P31: p(at([9, 12], [1, 2], [1200, 1800]), '某规划设计研究院', '人力资源服务产业园规划设计', {
    standing: 'lagging', reason: '市级人力资源服务产业园创建方案尚在论证，规划设计未完成招标' }),
  P32: p(at([3, 9], [1, 1], [9400, 9800]), '某文化传媒有限公司', '创业服务平台运行维护'),
  P33: p(quarterly([9700, 9950]), '合作银行（贴息结算）', '创业担保贷款贴息及奖补配套'),
  P34: p(everyMonth([9900, 10000]), '安全劝导员（工资代发）', '安全劝导员工资及社保'),
  P35: p(at([6, 11], [1, 1], [9500, 9900]), '潼南区某社区居委会', '企业退休人员社会化管理服务补助'),
  P36: p(quarterly([9900, 10000]), '享受人员（批量代发）', '生活补贴市级补助'),
  P38: p(at([2, 5], [1, 1], [10000, 10000]), '合作银行（贴息结算）', '2022年创业担保贷款贴息'),
  P39: p(at([8, 12], [1, 1], [3200, 3800]), '合作银行（贴息结算）', '普惠金融发展专项资金贴息', {
    standing: 'lagging', reason: '普惠金融专项资金需待合作银行报送贴息清单审核后拨付，部分银行清单报送延迟' }),
  P40: p(quarterly([9800, 10000]), '中国邮政储蓄银行潼南支行', '职工养老保险代发手续费'),
  P41: p(at([2], [1], [10000, 10000]), '个人（批量代发）', '2022年就业补助资金结转支出'),
  P42: p(at([3], [1], [10000, 10000]), '个人（批量代发）', '2022年就业补助资金结转支出'),
  P43: p(at([3, 4], [1, 1], [10000, 10000]), '个人（批量代发）', '2022年就业补助资金结转支出'),
  P44: p(at([2, 3, 4], [1, 1, 1], [10000, 10000]), '个人（批量代发）', '2022年就业补助资金结转支出'),
  P45: p(at([1, 3, 4], [2, 1, 1], [10000, 10000]), '合作银行（贴息结算）', '2022年创业担保贷款贴息结转'),
  P46: p(at([2, 3], [1, 1], [10000, 10000]), '个人（批量代发）', '2022年就业补助资金结转支出'),
  P47: p(everyMonth([9900, 10000]), '企业军转干部（批量代发）', '企业军转干困难生活和医疗补助'),
  P48: p(at([6], [1], [10000, 10000]), '鸿雁计划入选人才（批量代发）', '鸿雁计划奖励金', {
    reason: '鸿雁计划人才评审于二季度完成，奖励金6月集中发放' }),
  P49: p(quarterly([9800, 9950]), '个人（批量代发）', '社会保险补贴', { subsidy: { category: '社会保险补贴', people: [445, 465] } }),
};

/** A project the table does not know: paid quarterly and on track. */
export const DEFAULT_PROJECT: ProjectProfile = p(quarterly([9300, 9800]), '项目供应商', '项目支出');
