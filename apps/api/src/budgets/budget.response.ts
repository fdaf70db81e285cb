import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';


/** Totals in 元 by kind: `total`, `basic`, `project` as strings, the breakdowns (byFunctional, byUnit…) as code → amount. */
const TOTALS: ApiPropertyOptions = {
  type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }] },
  example: { total: '35762400.00', basic: '12890400.00', project: '22872000.00', byUnit: { 426001: '8213000.00' } },
  description: 'totals in 元: total, basic, project, and code → amount breakdowns (byFunctional, basicByEconomic, byProject, byUnit …)',
};

export class BudgetUnitAnswer {
  @ApiProperty({ example: '426001' }) code!: string;
  @ApiProperty({ example: '重庆市潼南区人力资源和社会保障局' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '人社局本级' }) shortName!: string | null;
}

export class BudgetProjectAnswer {
  @ApiProperty({ example: 'P37' }) code!: string;
  @ApiProperty({ example: '就业补助资金' }) name!: string;
  @ApiProperty({ type: Number, nullable: true, example: 37, description: 'number on the form' }) seq!: number | null;
  @ApiProperty({ example: '426006' }) unit!: string;
  @ApiProperty({ example: '年初特定目标' }) category!: string;
  @ApiProperty({ type: String, nullable: true, example: '民生配套项目' }) subCategory!: string | null;
  @ApiProperty({ example: '1200000.00', description: '元' }) total!: string;
  @ApiProperty({ type: [String], example: ['含上年结转'] }) notes!: readonly string[];
}

export class BudgetSource {
  @ApiProperty({ example: '重庆市潼南区人力资源和社会保障局2023年部门预算' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: '潼财预〔2023〕1号' }) reference!: string | null;
}

export class BudgetQuirk {
  @ApiProperty({ example: '表三 第12行' }) where!: string;
  @ApiProperty({ example: '功能分类缺项级' }) issue!: string;
  @ApiProperty({ example: '按款级记录' }) decision!: string;
}

/** One imported budget document. */
export class BudgetDocumentAnswer {
  @ApiProperty({ example: 'import-426-2023-initial' }) importId!: string;
  @ApiProperty({ enum: ['initial', 'supplementary'], description: '年初预算 or 追加预算' }) kind!: string;
  @ApiProperty({ type: BudgetSource, example: { title: '重庆市潼南区人力资源和社会保障局2023年部门预算', reference: null } }) source!: BudgetSource;
  @ApiProperty({ example: '2023-02-10T02:00:00.000Z' }) recordedAt!: string;
  @ApiProperty({ example: '2023-01-01' }) effectiveDate!: string;
  @ApiProperty({ type: [BudgetUnitAnswer], example: [{ code: '426001', name: '重庆市潼南区人力资源和社会保障局', shortName: null }], description: 'the units in the reader\'s scope' }) units!: readonly BudgetUnitAnswer[];
  @ApiProperty({ type: [BudgetProjectAnswer], example: [{ code: 'P37', name: '就业补助资金', unit: '426006', total: '1200000.00' }], description: 'the projects of the units in scope' }) projects!: readonly BudgetProjectAnswer[];
  @ApiProperty({ example: 214, description: 'appropriation lines' }) lines!: number;
  @ApiProperty({ example: 96, description: 'performance indicators' }) indicators!: number;
  @ApiProperty(TOTALS) totals!: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  @ApiProperty({ ...TOTALS, description: 'the published totals (控制数) it was checked against' }) controlTotals!: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  @ApiProperty({ type: [BudgetQuirk], example: [{ where: '表三 第12行', issue: '功能分类缺项级', decision: '按款级记录' }] }) quirks!: readonly BudgetQuirk[];
}

/** GET /budgets/{department}/{fiscalYear} */
export class BudgetAnswer {
  @ApiProperty({ example: '426' }) department!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ type: [BudgetDocumentAnswer], example: [{ importId: 'import-426-2023-initial', kind: 'initial', lines: 214, indicators: 96 }] }) documents!: readonly BudgetDocumentAnswer[];
}

export class ImportCounts {
  @ApiProperty({ example: 9 }) units!: number;
  @ApiProperty({ example: 41 }) projects!: number;
  @ApiProperty({ example: 214 }) lines!: number;
  @ApiProperty({ example: 214 }) linesEstablished!: number;
  @ApiProperty({ example: 0 }) linesIncreased!: number;
  @ApiProperty({ example: 96 }) indicators!: number;
  @ApiProperty({ example: 96 }) indicatorsDefined!: number;
}

export class WanYuanTotals {
  @ApiProperty({ example: '3576.24' }) total!: string;
  @ApiProperty({ example: '1289.04' }) basic!: string;
  @ApiProperty({ example: '2287.20' }) project!: string;
}

export class ControlCheckAnswer {
  @ApiProperty({ example: 'total' }) name!: string;
  @ApiProperty({ example: '35762400.00' }) expected!: string;
  @ApiProperty({ example: '35762400.00' }) actual!: string;
  @ApiProperty({ example: true }) ok!: boolean;
}

export class ImportIssueAnswer {
  @ApiProperty({ example: '$.projects[3].total' }) path!: string;
  @ApiProperty({ example: 'PROJECT_TOTAL_MISMATCH' }) code!: string;
  @ApiProperty({ example: 'the project total differs from the sum of its lines' }) message!: string;
}

/** POST /budget-imports: what the dry run shows and the commit confirms. */
export class BudgetImportReport {
  @ApiProperty({ example: 'import-426-2023-initial' }) importId!: string;
  @ApiProperty({ enum: ['initial', 'supplementary'] }) kind!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '426' }) department!: string;
  @ApiProperty({ example: true }) dryRun!: boolean;
  @ApiProperty({ example: false, description: 'the same document was imported before: nothing was recorded' }) alreadyImported!: boolean;
  @ApiProperty({ example: false }) recorded!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 426, description: 'global position of the recorded document (pass it as minPosition to read it); null on a dry run' }) position!: number | null;
  @ApiProperty({ type: ImportCounts, example: { units: 9, projects: 41, lines: 214, linesEstablished: 214, linesIncreased: 0, indicators: 96, indicatorsDefined: 96 } }) counts!: ImportCounts;
  @ApiProperty(TOTALS) totals!: object;
  @ApiProperty({ type: WanYuanTotals, example: { total: '3576.24', basic: '1289.04', project: '2287.20' } }) totalsWanYuan!: WanYuanTotals;
  @ApiProperty({ type: [ControlCheckAnswer], example: [{ name: 'total', expected: '35762400.00', actual: '35762400.00', ok: true }] }) checks!: readonly ControlCheckAnswer[];
  @ApiProperty({ type: [ImportIssueAnswer], example: [], description: 'what was accepted with a remark' }) warnings!: readonly ImportIssueAnswer[];
}
