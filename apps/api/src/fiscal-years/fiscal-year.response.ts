import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_BY } from '../execution/get-execution/get-execution.request';
import { GRADES, INDICATOR_LIGHTS } from '../indicators/indicator.response';

const STATUSES = ['open', 'closing', 'closed'];
const FATES = ['carry', 'lapse'];
const HISTORY_KINDS = ['locked', 'closed', 'abandoned', 'reopened'];
const FATE_MAP = { type: 'object', additionalProperties: { type: 'string', enum: FATES } } as const;

/** The rules a close was made with (as sent: only the rules given). */
export class CloseRulesAnswer {
  @ApiPropertyOptional({ enum: ['lapse'], description: '基本支出: always 结余' }) basic?: 'carry' | 'lapse';
  @ApiPropertyOptional({ enum: FATES, description: '项目支出 not otherwise ruled (default carry)' }) project?: 'carry' | 'lapse';
  @ApiPropertyOptional({ enum: FATES, description: 'lines that are themselves 上年结转 (default lapse)' }) carriedIn?: 'carry' | 'lapse';
  @ApiPropertyOptional({ ...FATE_MAP, example: { 结转项目: 'lapse' }, description: 'by project kind (表十 category or sub-category)' }) kinds?: Readonly<Record<string, 'carry' | 'lapse'>>;
  @ApiPropertyOptional({ ...FATE_MAP, example: { P05: 'lapse' }, description: 'by project code' }) projects?: Readonly<Record<string, 'carry' | 'lapse'>>;
  @ApiPropertyOptional({ ...FATE_MAP, example: { '426001-2023-P01': 'lapse' }, description: 'by line id' }) lines?: Readonly<Record<string, 'carry' | 'lapse'>>;
}
const RULES_EXAMPLE = { kinds: { 结转项目: 'lapse' }, projects: { P05: 'lapse' } };

/** What a close settled, over all lines (元). */
export class SettlementTotalsAnswer {
  @ApiProperty({ example: '92107300.00', description: '调整后预算' }) appropriated!: string;
  @ApiProperty({ example: '223456.00', description: '支出, net of 冲销' }) disbursed!: string;
  @ApiProperty({ example: '91883844.00', description: 'appropriated − disbursed = carriedForward + lapsed' }) unspent!: string;
  @ApiProperty({ example: '5491544.00', description: '结转 into the next year' }) carriedForward!: string;
  @ApiProperty({ example: '86392300.00', description: '结余 (returned)' }) lapsed!: string;
  @ApiProperty({ example: '5000.00', description: '垫付 of the revolving fund not yet recovered (carried with the fund)' }) advancesOutstanding!: string;
}
const TOTALS_EXAMPLE = { appropriated: '92107300.00', disbursed: '223456.00', unspent: '91883844.00', carriedForward: '5491544.00', lapsed: '86392300.00', advancesOutstanding: '5000.00' };

/** Figures another module recorded with the close (三公经费, 政府采购): a table of text cells. */
export class CloseSupplementAnswer {
  @ApiProperty({ example: 'threePublic', description: '`threePublic` (三公经费), `procurement` (政府采购) or another table' }) key!: string;
  @ApiProperty({ example: '“三公”经费支出决算（对照预算控制数）' }) title!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: { type: 'string', nullable: true } },
    example: [{ item: '公务接待费', budget: '12000.00', actual: '9800.00' }], description: 'rows of column → text (null: empty cell)' })
  rows!: readonly Readonly<Record<string, string | null>>[];
}

/** A fiscal year with a budget or a close: its status and, once closed, its last close. */
export class FiscalYearAnswer {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ enum: STATUSES, description: 'open, closing (结账中: locked, the close not completed) or closed (已结账)' }) status!: 'open' | 'closing' | 'closed';
  @ApiProperty({ type: String, nullable: true, example: '2023 年度年终结账', description: 'why it was (last) locked or closed; null when never locked' }) reason!: string | null;
  @ApiProperty({ example: false, description: 'closed before the year ended (forced)' }) early!: boolean;
  @ApiProperty({ type: CloseRulesAnswer, nullable: true, example: RULES_EXAMPLE, description: 'the rules of the last lock; null when never locked' }) rules!: CloseRulesAnswer | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05', description: 'the business date of the last lock' }) lockedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05', description: 'the business date of the last close' }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05T02:30:00.000Z', description: 'the instant of the last close' }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'admin', description: 'who closed it (user name)' }) closedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-12-31', description: 'the date the close\'s balances and scores stand at' }) asOf!: string | null;
  @ApiProperty({ type: SettlementTotalsAnswer, nullable: true, example: TOTALS_EXAMPLE, description: 'what the close settled; null unless closed' }) totals!: SettlementTotalsAnswer | null;
  @ApiProperty({ type: [CloseSupplementAnswer], example: [], description: 'figures other modules recorded with the close (empty unless closed)' }) supplements!: readonly CloseSupplementAnswer[];
}
const YEAR_EXAMPLE = {
  fiscalYear: 2023, status: 'closed', reason: '2023 年度年终结账', early: false, rules: RULES_EXAMPLE, lockedOn: '2024-01-05', closedOn: '2024-01-05',
  closedAt: '2024-01-05T02:30:00.000Z', closedBy: 'admin', asOf: '2023-12-31', totals: TOTALS_EXAMPLE, supplements: [],
};

/** GET /fiscal-years */
export class FiscalYearList {
  @ApiProperty({ example: 1042, description: 'the read models\' position the answer includes' }) position!: number;
  @ApiProperty({ type: [FiscalYearAnswer], example: [YEAR_EXAMPLE, { ...YEAR_EXAMPLE, fiscalYear: 2024, status: 'open', reason: null, rules: null, lockedOn: null, closedOn: null, closedAt: null, closedBy: null, asOf: null, totals: null }],
    description: 'oldest first' })
  years!: readonly FiscalYearAnswer[];
}

/** Who locked, closed, abandoned or reopened a year. */
export class FiscalYearHistoryEntry {
  @ApiProperty({ enum: HISTORY_KINDS, description: 'locked (结账开始), closed (结账完成), abandoned (结账中止), reopened (反结账)' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: 'admin', description: 'user name' }) actor!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05T02:30:00.000Z' }) recordedAt!: string | null;
  @ApiProperty({ example: '2024-01-05' }) effectiveDate!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023 年度年终结账', description: 'the reason given (for an abandoned close: the error)' }) reason!: string | null;
  @ApiProperty({ example: 1040 }) position!: number;
}

/** GET /fiscal-years/{year} */
export class FiscalYearDetail extends FiscalYearAnswer {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [FiscalYearHistoryEntry], example: [{ kind: 'locked', actor: 'admin', recordedAt: '2024-01-05T02:30:00.000Z', effectiveDate: '2024-01-05', reason: '2023 年度年终结账', position: 1040 }],
    description: 'oldest first' })
  history!: readonly FiscalYearHistoryEntry[];
}

/** POST /fiscal-years/{year}/close */
export class FiscalYearClosedAnswer {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1044, description: 'global position of the close (pass it as minPosition to read it)' }) position!: number;
  @ApiProperty({ example: false, description: 'closed before the year ended (force)' }) early!: boolean;
  @ApiProperty({ type: [String], example: [], description: 'said of an early close: balances and scores stand at the closing day' }) warnings!: readonly string[];
}

/** A 决算 row: the close's final figures of a group, with how its appropriation came to be (元). */
export class FinalAccountsRowAnswer {
  @ApiProperty({ example: '426002', description: 'the group\'s code (unit, project, line id, functional/economic prefix, source …); `total` for the 合计' }) key!: string;
  @ApiProperty({ example: '重庆市潼南区就业和人才服务局' }) name!: string;
  @ApiProperty({ example: 12, description: 'appropriation lines in the group' }) lines!: number;
  @ApiProperty({ example: '600000.00', description: '年初预算' }) initial!: string;
  @ApiProperty({ example: '10000.00', description: '追加' }) increased!: string;
  @ApiProperty({ example: '0.00', description: '调减' }) decreased!: string;
  @ApiProperty({ example: '5000.00', description: '调剂 in' }) transferredIn!: string;
  @ApiProperty({ example: '0.00', description: '调剂 out' }) transferredOut!: string;
  @ApiProperty({ example: '0.78', description: '冲销' }) reversed!: string;
  @ApiProperty({ example: '615000.00', description: '调整后预算' }) appropriated!: string;
  @ApiProperty({ example: '123456.00', description: '支出, net of 冲销' }) disbursed!: string;
  @ApiProperty({ example: '491544.00', description: 'appropriated − disbursed' }) unspent!: string;
  @ApiProperty({ example: '0.00', description: '垫付 not yet recovered' }) advancesOutstanding!: string;
  @ApiProperty({ example: '491544.00', description: '结转' }) carriedForward!: string;
  @ApiProperty({ example: '0.00', description: '结余' }) lapsed!: string;
  @ApiProperty({ type: String, nullable: true, example: '20.07', description: '预算执行率 at 31 December (percent); null when nothing is appropriated' }) executionRate!: string | null;
}
const ROW_EXAMPLE = {
  key: '426002', name: '重庆市潼南区就业和人才服务局', lines: 12, initial: '600000.00', increased: '10000.00', decreased: '0.00', transferredIn: '5000.00',
  transferredOut: '0.00', reversed: '0.78', appropriated: '615000.00', disbursed: '123456.00', unspent: '491544.00', advancesOutstanding: '0.00',
  carriedForward: '491544.00', lapsed: '0.00', executionRate: '20.07',
};

/** An indicator as scored on the closing day. */
export class FrozenIndicatorAnswer {
  @ApiProperty({ example: '2023-P29-01' }) indicatorId!: string;
  @ApiProperty({ example: '培训人数' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '100' }) target!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '80' }) actual!: string | null;
  @ApiProperty({ enum: GRADES, nullable: true, description: 'the grade of a 定性 indicator' }) grade!: string | null;
  @ApiProperty({ example: '10' }) weight!: string;
  @ApiProperty({ example: '8.00' }) points!: string;
  @ApiProperty({ enum: INDICATOR_LIGHTS, nullable: true, description: 'null when not reported' }) light!: string | null;
}

/** 绩效自评 frozen at the close: a project (表十二) or the department (表十一), never recomputed. */
export class FrozenScoreAnswer {
  @ApiProperty({ enum: ['project', 'department'] }) scope!: 'project' | 'department';
  @ApiProperty({ example: 'P29', description: 'the project code, or the department code' }) code!: string;
  @ApiProperty({ example: '就业创业培训' }) name!: string;
  @ApiProperty({ example: '78.40', description: '总分' }) score!: string;
  @ApiProperty({ example: '100.00' }) outOf!: string;
  @ApiProperty({ enum: ['优', '良', '中', '差'], description: '自评等级' }) grade!: string;
  @ApiProperty({ enum: INDICATOR_LIGHTS, nullable: true, description: 'the worst indicator light; null when none is lit' }) goalLight!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '20.07', description: '预算执行率 (percent); null when nothing was appropriated' }) executionRate!: string | null;
  @ApiProperty({ example: '2.01' }) executionPoints!: string;
  @ApiProperty({ type: [FrozenIndicatorAnswer], example: [{ indicatorId: '2023-P29-01', name: '培训人数', target: '100', actual: '80', grade: null, weight: '10', points: '8.00', light: 'yellow' }] })
  indicators!: readonly FrozenIndicatorAnswer[];
}

/** A 决算 slot for another module's table: filled when the module recorded it with the close. */
export class FinalAccountsSupplement extends CloseSupplementAnswer {
  @ApiProperty({ example: false, description: 'the close recorded this table' }) available!: boolean;
  @ApiPropertyOptional({ example: '本系统未记录该项（由对应模块在结账时提供）', description: 'why the table is missing (only when not available)' }) note?: string;
}

/** GET /fiscal-years/{year}/final-accounts: the 决算 of a closed year. */
export class FinalAccountsAnswer {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ enum: STATUSES, description: 'always closed (a year not closed answers 409)' }) status!: 'open' | 'closing' | 'closed';
  @ApiProperty({ type: String, nullable: true, example: '2023 年度年终结账' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05', description: 'the business date of the close' }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-05T02:30:00.000Z' }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'admin', description: 'user name' }) closedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-12-31', description: 'the date balances and scores stand at' }) asOf!: string | null;
  @ApiProperty({ example: false }) early!: boolean;
  @ApiProperty({ type: CloseRulesAnswer, nullable: true, example: RULES_EXAMPLE }) rules!: CloseRulesAnswer | null;
  @ApiProperty({ enum: GROUP_BY }) groupBy!: string;
  @ApiProperty({ enum: [1, 2, 3], description: 'classification level (functional 类/款/项, economic 类/款)' }) level!: number;
  @ApiProperty({ type: FinalAccountsRowAnswer, example: { ...ROW_EXAMPLE, key: 'total', name: '合计' }, description: '合计 of the lines in scope' }) total!: FinalAccountsRowAnswer;
  @ApiProperty({ type: [FinalAccountsRowAnswer], example: [ROW_EXAMPLE] }) rows!: readonly FinalAccountsRowAnswer[];
  @ApiProperty({ type: [FrozenScoreAnswer], example: [{ scope: 'project', code: 'P29', name: '就业创业培训', score: '78.40', outOf: '100.00', grade: '中', goalLight: 'yellow', executionRate: '20.07', executionPoints: '2.01', indicators: [] }],
    description: 'the projects in scope; the department\'s (表十一) for readers of the whole department' })
  scores!: readonly FrozenScoreAnswer[];
  @ApiProperty({ type: [FinalAccountsSupplement], example: [{ key: 'threePublic', title: '“三公”经费支出决算（对照预算控制数）', available: false, rows: [], note: '本系统未记录该项（由对应模块在结账时提供）' }],
    description: 'the 三公经费 and 政府采购 slots' })
  supplements!: readonly FinalAccountsSupplement[];
}
