import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A plausible 2024 budget of department 426 for tests, built from the seed's 2022 comparison column (表二
 * "2022年预算数", by functional 项): each 项 carries its 2022 amount, spread over the 2023 demo budget's lines of
 * that 项 in proportion to their 2023 amounts (to the 0.01 万元, largest remainder first), so that lines keep their
 * unit, project and classification and their ids differ only by the year (`426006-2023-P09` → `426006-2024-P09`).
 * 项 printed for 2022 only become new projects P50–P54 of 就业和人才中心 / 社会保险事务中心; 项 printed for 2023
 * only (2080705, 2080712, 2101103) have no 2024 lines. Projects keep their 表十二 indicators; 表十一's 基本支出
 * indicator targets the new basic total. Control totals: the 2022 column's total 8692.23 and 类 totals, with
 * 210 at 106.78 (its 项 add to 106.78; 表二 prints 106.77, and the printed total 8692.23 only adds up with 106.78).
 */
export const COLUMN_2022: Readonly<Record<string, string>> = {
  '2080101': '1553.33', '2080105': '525.00', '2080109': '350.74', '2080112': '2.70', '2080116': '369.58', '2080150': '232.42', '2080199': '238.63',
  '2080505': '111.96', '2080506': '60.60', '2080599': '88.59', '2080701': '3648.92', '2080704': '451.00', '2080709': '0.23', '2080711': '9.75',
  '2080713': '3.71', '2080799': '76.44', '2080899': '0.93', '2080905': '581.00', '2080999': '6.43', '2081099': '29.76', '2089999': '124.03',
  '2101101': '71.84', '2101102': '12.14', '2101199': '22.80', '2130804': '28.80', '2210201': '90.90',
};

/** 项 of the 2022 column with no 2023 line: a project each (2080899 is printed "2080799 其他优抚支出" under 20808 抚恤: a typo in the seed). */
const NEW_PROJECTS = [
  { code: 'P50', functional: '2080116', unit: '426002', name: '2024 年初专项-引进人才费用' },
  { code: 'P51', functional: '2080709', unit: '426002', name: '2024 年初专项-职业技能鉴定补贴' },
  { code: 'P52', functional: '2080711', unit: '426002', name: '2024 年初专项-就业见习补贴' },
  { code: 'P53', functional: '2080713', unit: '426002', name: '2024 年初专项-促进创业补贴' },
  { code: 'P54', functional: '2080899', unit: '426003', name: '2024 年初专项-其他优抚支出' },
];
const NEW_NAMES: Record<string, string> = {
  '2080116': '引进人才费用', '2080709': '职业技能鉴定补贴', '2080711': '就业见习补贴', '2080713': '促进创业补贴', '20808': '抚恤', '2080899': '其他优抚支出',
};

type Doc = Record<string, any>;
const cents = (wan: string) => Math.round(Number(wan) * 100);
const wan = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/** Splits `total` cents over `weights` in proportion, largest remainder first: the parts add up to the total exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) parts[order[k][1]]++;
  return parts;
}

export function budget2024(): Doc {
  const base: Doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'demo', 'budget-2023-426.json'), 'utf8'));
  const byCode = new Map<string, Doc[]>();
  for (const line of base.lines) byCode.set(line.functional, [...(byCode.get(line.functional) ?? []), line]);
  const lines: Doc[] = [];
  for (const [code, amount] of Object.entries(COLUMN_2022)) {
    const old = byCode.get(code) ?? [];
    if (old.length === 0) {
      const p = NEW_PROJECTS.find((n) => n.functional === code)!;
      lines.push({ id: `${p.unit}-2024-${p.code}`, unit: p.unit, type: 'project', project: p.code, basicKind: null, functional: code, economic: null,
        fundingSource: '一般公共预算拨款', amount, overspendPolicy: 'block', revolvingFund: false, inferred: ['unit'], notes: ['2022 column only: a project of its own'] });
      continue;
    }
    const parts = split(cents(amount), old.map((l) => cents(l.amount)));
    old.forEach((l, i) => {
      if (parts[i] > 0) lines.push({ ...l, id: l.id.replace('-2023-', '-2024-'), amount: wan(parts[i]), inferred: [...l.inferred, 'amount'], notes: ['2024 test budget: the 2022 column of its 项, spread pro rata'] });
    });
  }
  const totals = new Map<string, number>();
  for (const l of lines) if (l.project) totals.set(l.project, (totals.get(l.project) ?? 0) + cents(l.amount));
  const projects = [
    ...base.projects.filter((p: Doc) => totals.has(p.code)).map((p: Doc) => ({ ...p, name: p.name.replace(/2023/g, '2024'), total: wan(totals.get(p.code)!), notes: [] })),
    ...NEW_PROJECTS.map((p, i) => ({ code: p.code, seq: 50 + i, unit: p.unit, name: p.name, category: '年初特定目标', subCategory: '一般性', total: wan(totals.get(p.code)!), notes: [] })),
  ];
  const basic = lines.filter((l) => l.type === 'basic').reduce((t, l) => t + cents(l.amount), 0);
  const indicators = base.indicators
    .filter((i: Doc) => i.scope === 'department' || totals.has(i.project))
    .map((i: Doc) => (i.metric === 'basic_expenditure_execution' ? { ...i, target: wan(basic), targetText: wan(basic) } : i));
  const used = new Set(lines.flatMap((l) => [l.functional.slice(0, 3), l.functional.slice(0, 5), l.functional]));
  const functional = [
    ...base.functionalClassifications.filter((c: Doc) => used.has(c.code)),
    ...Object.entries(NEW_NAMES).map(([code, name]) => ({ code, name })),
  ];
  // 表四 and 表九 of 2023 do not carry over: the seed gives no 2024 三公 caps, 机关运行经费 or procurement
  const { sanGong: _sanGong, agencyOperatingExpenses: _agency, procurement: _procurement, ...rest } = base;
  return {
    ...rest,
    fiscalYear: 2024,
    source: { title: '重庆市潼南区人力资源和社会保障局2024年度部门预算（测试用：据2023年部门预算表二所列2022年预算数编制）', reference: 'shared/seed/000_0f8e94163ce9d61e.txt 表二 2022年预算数' },
    functionalClassifications: functional,
    projects, lines, indicators,
    controlTotals: { total: '8692.23', byFunctional: { 208: '8465.75', 210: '106.78', 213: '28.80', 221: '90.90' } },
    quirks: [
      { where: '表二 2022年预算数, 210 卫生健康支出', issue: 'printed 106.77; its 项 71.84 + 12.14 + 22.80 = 106.78', decision: '106.78: the printed total 8692.23 only adds up with it' },
      { where: '表二 2022年预算数, 20808 抚恤', issue: 'its 项 is printed 2080799 其他优抚支出 (the code of 其他就业补助支出)', decision: 'read as 2080899' },
    ],
  };
}

/** The 2024 line that follows a 2023 line of the demo budget. */
export const lineOf2024 = (lineId2023: string) => lineId2023.replace('-2023-', '-2024-');
