import type { Column, DisbursementField, DisbursementRowValue } from '@app/spreadsheets';
import type { ReadModelDb } from '@app/read-models';

/** An appropriation line (预算指标) as the budget catalog knows it: what a spreadsheet row can name. */
export interface CatalogLine {
  readonly lineId: string;
  readonly fiscalYear: number;
  readonly unit: string;
  readonly project: string | null;
  readonly projectName: string | null;
  readonly functional: string;
  readonly economic: string | null;
}

/** Why a row names no line, or several: a code plus the columns (as written in the file) to look at. */
export interface Unresolved {
  readonly code: 'LINE_NOT_FOUND' | 'LINE_AMBIGUOUS' | 'LINE_MISMATCH';
  readonly fields: readonly DisbursementField[];
  readonly zh: string;
  readonly en: string;
}

/** Full-width letters, stray spaces: "2023 年初专项-仲裁工作服项目" and "2023年初专项－仲裁工作服项目" are one name. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Resolves rows to lines of the budget catalog (the `lines` read model, one query per fiscal year). A row
 * names its line by 预算指标 (lineId), or by 项目编码/项目名称 and optionally 功能科目 and 预算单位, or — for
 * 基本支出, which has no project — by 功能科目 + 经济科目 (+ 预算单位). The answer is cached per distinct key,
 * so 100,000 rows cost one scan of the catalog per distinct combination.
 */
export class LineCatalog {
  private readonly years = new Map<number, CatalogLine[]>();
  private readonly byId = new Map<string, CatalogLine>();
  private readonly answers = new Map<string, CatalogLine | Unresolved>();

  constructor(private readonly rm: ReadModelDb) {}

  async resolve(v: DisbursementRowValue, fiscalYear: number): Promise<CatalogLine | Unresolved> {
    const key = [fiscalYear, v.lineId, v.project, v.projectName, v.functional, v.economic, v.unit].join('\u0000');
    let answer = this.answers.get(key);
    if (!answer) {
      answer = v.lineId ? await this.byLineId(v) : this.match(v, await this.year(fiscalYear));
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Every line of a budget unit in a fiscal year: where its vouchers can already be recorded. */
  async linesOf(unit: string, fiscalYear: number): Promise<CatalogLine[]> {
    return (await this.year(fiscalYear)).filter((l) => l.unit === unit);
  }

  private async year(fiscalYear: number): Promise<CatalogLine[]> {
    let lines = this.years.get(fiscalYear);
    if (!lines) {
      const rows = await this.rm.db.selectFrom('lines')
        .select(['line_id', 'fiscal_year', 'unit', 'project', 'project_name', 'functional', 'economic'])
        .where('fiscal_year', '=', fiscalYear).orderBy('line_id').execute();
      lines = rows.map((r) => ({
        lineId: r.line_id, fiscalYear: Number(r.fiscal_year), unit: r.unit, project: r.project, projectName: r.project_name,
        functional: r.functional, economic: r.economic,
      }));
      this.years.set(fiscalYear, lines);
      for (const l of lines) this.byId.set(l.lineId, l);
    }
    return lines;
  }

  private async byLineId(v: DisbursementRowValue): Promise<CatalogLine | Unresolved> {
    let line = this.byId.get(v.lineId!);
    if (!line) {
      const row = await this.rm.db.selectFrom('lines').select('fiscal_year').where('line_id', '=', v.lineId!).executeTakeFirst();
      if (row) await this.year(Number(row.fiscal_year));
      line = this.byId.get(v.lineId!);
    }
    if (!line) return { code: 'LINE_NOT_FOUND', fields: ['lineId'], zh: `预算指标 ${v.lineId} 不存在`, en: `no appropriation line ${v.lineId}` };
    // the other identifying columns, where filled in, must agree with the line the id names
    const differing = mismatches(line, v);
    if (differing.length > 0) {
      return { code: 'LINE_MISMATCH', fields: differing, zh: `与预算指标 ${line.lineId} 的属性不一致`, en: `does not match line ${line.lineId}` };
    }
    return line;
  }

  private match(v: DisbursementRowValue, lines: readonly CatalogLine[]): CatalogLine | Unresolved {
    const used: DisbursementField[] = (['project', 'projectName', 'functional', 'economic', 'unit'] as const).filter((f) => v[f] !== null);
    const found = lines.filter((l) => {
      if (v.project === null && v.projectName === null && l.project !== null) return false; // no project named: 基本支出 only
      return mismatches(l, v).length === 0;
    });
    if (found.length === 1) return found[0];
    if (found.length === 0) {
      return { code: 'LINE_NOT_FOUND', fields: used, zh: '找不到与这些列相符的预算指标', en: 'no appropriation line matches these columns' };
    }
    const ids = found.slice(0, 5).map((l) => l.lineId).join(', ') + (found.length > 5 ? ', …' : '');
    return {
      code: 'LINE_AMBIGUOUS', fields: used,
      zh: `与 ${found.length} 个预算指标相符 (${ids}); 请补充预算单位、功能科目、经济科目或预算指标`,
      en: `matches ${found.length} lines (${ids}); add the unit, functional or economic code, or the lineId`,
    };
  }
}

/** Columns of the row that contradict the line. A project line has no economic code: any 经济科目 fits it. */
function mismatches(l: CatalogLine, v: DisbursementRowValue): DisbursementField[] {
  const out: DisbursementField[] = [];
  if (v.project !== null && v.project !== l.project && (l.projectName === null || norm(v.project) !== norm(l.projectName))) out.push('project');
  if (v.projectName !== null && (l.projectName === null || norm(v.projectName) !== norm(l.projectName))) out.push('projectName');
  if (v.functional !== null && v.functional !== l.functional) out.push('functional');
  if (v.economic !== null && l.economic !== null && v.economic !== l.economic) out.push('economic');
  if (v.unit !== null && v.unit !== l.unit) out.push('unit');
  return out;
}

export const isUnresolved = (r: CatalogLine | Unresolved): r is Unresolved => 'code' in r;

/** The file's headers for these fields, e.g. "项目编码、功能科目". */
export function headersOf(columns: readonly Column[], fields: readonly DisbursementField[]): string {
  return fields.map((f) => columns.find((c) => c.field === f)?.header).filter((h): h is string => !!h).join('、');
}
