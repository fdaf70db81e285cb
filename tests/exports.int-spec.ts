import { readFileSync } from 'node:fs';
import { Money, wanYuanToYuan } from '@app/domain';
import { ReadCell, binary, readCsv, readXlsx, rowOf } from './support/read-spreadsheet';
import { Http, TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

/** 万元 as printed → 元 as a number, exactly representable (the demo's figures have 2 decimals in 万元). */
const yuan = (wan: string) => Number(wanYuanToYuan(new Money(wan)).toFixed(2));

const demo = JSON.parse(readFileSync('demo/budget-2023-426.json', 'utf8')) as {
  controlTotals: { total: string; basic: string; project: string; byFunctional: Record<string, string> };
  lines: { unit: string; amount: string }[];
};
const FUND = '426006-2023-P09'; // 农民工工资应急周转金 (2080199), 500 万元
const SUBSIDIES = '426002-2023-P37'; // 就业补助资金 (2080701), 4144 万元
const SALARIES = '426002-2023-B-2080150-30101'; // 事业运行 · 基本工资 of 就业和人才中心, 25.50 万元

/** 表八 columns: 科目编码, 科目名称, 调整后预算 ×3, 支出 ×3, 执行率 ×3 (总计/基本/项目), 序时进度, 亮灯. */
const T8 = { apprTotal: 2, apprBasic: 3, apprProject: 4, spent: 5, spentBasic: 6, spentProject: 7, rate: 8, progress: 11, light: 12 };
/** 表十 columns: 序号, 预算单位, 项目编码, 项目名称, 项目类别, 年初预算, 调整后预算, 支出, 可用余额, 执行率, 序时进度, 进度差, 亮灯. */
const T10 = { unit: 1, code: 2, initial: 5, appr: 6, spent: 7, rate: 9, lag: 11, light: 12 };
/** 表十二 columns: … 三级指标 5, 实际完成值 10, 亮灯 13, 得分 14, 自评等级 15, 偏差原因 16. */
const T12 = { code: 0, unit: 2, level1: 3, name: 5, actual: 10, light: 13, points: 14, grade: 15, reason: 16 };

/**
 * Exports in the shapes of 表八/表十/表十二 on the 2023 demo budget, after a few disbursements recorded through
 * the API: read back with exceljs and csv-parse, the 合计 rows equal the published totals to the cent and the
 * disbursed totals what was recorded.
 */
describe('exports (表八 / 表十 / 表十二) as XLSX and CSV (e2e)', () => {
  let t: TestApp;
  let position = 0;

  const get = (http: Http, path: string) => http.get(`/api/v1/exports/${path}`).buffer(true).parse(binary);
  const xlsx = async (path: string, http: Http = t.http) => {
    const res = await get(http, `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
    expectStatus(res, 200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return readXlsx(res);
  };

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    await product.importDemoBudgetIfAbsent(t.app);
    const pay = async (lineId: string, amount: string, effectiveDate: string, voucherNo: string) => {
      const res = await t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate, voucherNo });
      expectStatus(res, 201);
      position = Math.max(position, res.body.position as number);
    };
    await pay(FUND, '2000000.00', '2023-03-15', 'EX-1');
    await pay(SUBSIDIES, '1234567.89', '2023-05-10', 'EX-2');
    await pay(SALARIES, '100000.00', '2023-04-20', 'EX-3');
    await pay(FUND, '1500000.00', '2023-06-30', 'EX-4');
    const report = await t.http.post('/api/v1/indicators/2023/P09-05/progress-reports')
      .send({ asOf: '2023-06-30', value: '70', deviationReason: '上半年仅回访 12 人，样本偏少' });
    expectStatus(report, 201);
    position = Math.max(position, report.body.position as number);
  }, 180_000);
  afterAll(async () => { await t?.close(); });

  it('given the demo budget and 4,834,567.89 元 paid by 30 June, when 表八 is exported as XLSX, then 合计 and every 类 equal the published totals and the paid amounts, with rate, 序时进度 and light', async () => {
    const { name, rows, sheet } = await xlsx('execution-by-functional?asOf=2023-06-30');
    expect(name).toBe('表八 部门支出执行');
    expect(rows[0][0]).toBe('表八 重庆市潼南区人力资源和社会保障局部门支出总表（执行情况）');
    const info = rows.slice(1, 5).map((r) => r[0]).join('\n');
    expect(info).toContain('预算单位：全部');
    expect(info).toContain('截至 2023-06-30');
    expect(info).toContain('单位：元');
    expect(info).toContain('生成人：admin');
    expect(rows[5].slice(0, 3)).toEqual(['科目编码', '科目名称', '调整后预算']);
    expect(rows[6].slice(2, 5)).toEqual(['总计', '基本支出', '项目支出']);

    const total = rowOf(rows, '合计' as ReadCell);
    expect(total.slice(T8.apprTotal, T8.spentProject + 1)).toEqual([
      yuan(demo.controlTotals.total), yuan(demo.controlTotals.basic), yuan(demo.controlTotals.project), 4834567.89, 100000, 4734567.89,
    ]);
    // 4,834,567.89 ÷ 92,097,300.00 = 5.25%; 序时进度 6/12 = 50%; R = 10.5 → red
    expect([total[T8.rate], total[T8.progress], total[T8.light]]).toEqual([5.25, 50, '红']);
    expect(sheet.getCell(8, T8.apprTotal + 1).numFmt).toBe('#,##0.00');
    for (const code of ['208', '210', '213', '221']) expect(rowOf(rows, code as ReadCell)[T8.apprTotal]).toBe(yuan(demo.controlTotals.byFunctional[code]));
    expect(rowOf(rows, '208' as ReadCell).slice(T8.apprTotal, T8.apprProject + 1)).toEqual([yuan('8386.57'), yuan('2218.26'), yuan('6168.31')]);
    expect(rowOf(rows, '210' as ReadCell)[T8.apprProject]).toBeNull(); // 卫生健康支出 has only 基本支出
    const fund = rowOf(rows, '2080199' as ReadCell);
    expect([fund[1], fund[T8.spent], fund[T8.spentProject]]).toEqual(['其他人力资源和社会保障管理事务支出', 3500000, 3500000]);
    expect(rows.filter((r) => typeof r[0] === 'string' && /^\d{3}(\d{2}){0,2}$/.test(r[0]))).toHaveLength(37); // every 类/款/项
  });

  it('given the same data, when 表八 is exported as CSV, then it is UTF-8 with a BOM and CRLF, with exact decimal strings and a Chinese file name', async () => {
    const res = await get(t.http, `table8?format=csv&asOf=2023-06-30&minPosition=${position}`);
    expectStatus(res, 200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('表八_部门支出执行_426_2023_2023-06-30.csv')}`);
    expect(res.headers['content-disposition']).toContain('filename="table8-execution-by-functional_426_2023_2023-06-30.csv"');
    expect((res.body as Buffer).toString('utf8')).toContain('\r\n');
    const records = readCsv(res);
    const total = rowOf(records, '合计');
    expect(total.slice(T8.apprTotal, T8.light + 1)).toEqual(
      ['92097300.00', '24961500.00', '67135800.00', '4834567.89', '100000.00', '4734567.89', '5.25', '0.40', '7.05', '50.00', '红']);
  });

  it('given a payment on 30 June, when 表八 is exported as of 29 June, then the table stands as it did that day without it', async () => {
    const { rows } = await xlsx('table8?asOf=2023-06-29');
    expect(rowOf(rows, '合计' as ReadCell)[T8.spent]).toBe(3334567.89);
    expect(rowOf(rows, '2080199' as ReadCell)[T8.spent]).toBe(2000000);
  });

  it('given amountUnit=万元, when 表八 is exported, then the 合计 row reads as printed in the budget document (9209.73 = 2496.15 + 6713.58)', async () => {
    const { rows } = await xlsx(`table8?asOf=2023-06-30&amountUnit=${encodeURIComponent('万元')}`);
    expect(rows.slice(1, 5).map((r) => r[0])).toContain('单位：万元');
    expect(rowOf(rows, '合计' as ReadCell).slice(T8.apprTotal, T8.spent + 1)).toEqual([9209.73, 2496.15, 6713.58, 483.46]);
    const csv = readCsv(await get(t.http, 'table8?format=csv&asOf=2023-06-30&amountUnit=wanyuan'));
    expect(rowOf(csv, '208').slice(T8.apprTotal, T8.apprProject + 1)).toEqual(['8386.57', '2218.26', '6168.31']);
  });

  it('given the recorded payments, when 表十 is exported, then its 合计 is the 49 projects\' 6713.58 万元 and each project shows its execution, lag and light', async () => {
    const { rows } = await xlsx('projects?asOf=2023-06-30');
    expect(rows[0][0]).toBe('表十 重庆市潼南区人力资源和社会保障局项目支出明细表（执行情况）');
    const total = rowOf(rows, '合计' as ReadCell);
    expect([total[T10.initial], total[T10.appr], total[T10.spent]]).toEqual([yuan('6713.58'), yuan('6713.58'), 4734567.89]);
    const projects = rows.filter((r) => typeof r[T10.code] === 'string' && /^P\d\d$/.test(r[T10.code] as string));
    expect(projects).toHaveLength(49);
    const fund = projects.find((r) => r[T10.code] === 'P09')!;
    // 3,500,000 of 5,000,000 = 70%; 序时进度 50% → lag −20 points, R = 140 → green
    expect([fund[T10.unit], fund[T10.appr], fund[T10.spent], fund[T10.rate], fund[T10.lag], fund[T10.light]])
      .toEqual(['重庆市潼南区人力资源和社会保障行政执法支队', 5000000, 3500000, 70, -20, '绿']);
    const csv = readCsv(await get(t.http, 'table10?format=csv&asOf=2023-06-30'));
    expect(rowOf(csv, '合计').slice(T10.initial, T10.spent + 1)).toEqual(['67135800.00', '67135800.00', '4734567.89']);
  });

  it('given a reported indicator with a 偏差原因, when 表十二 is exported, then it shows the actual, light and reason, and each project\'s score and grade equal the scorecard endpoint', async () => {
    const { rows } = await xlsx('indicators?asOf=2023-06-30');
    expect(rows[0][0]).toBe('表十二 2023 年区级预算绩效目标执行监控及自评表');
    const satisfaction = rows.find((r) => r[T12.code] === 'P09' && r[T12.name] === '被欠薪人员满意度')!;
    // level indicator ≥ 80: 70 ÷ 80 = 87.5 < 90 → red
    expect([satisfaction[T12.actual], satisfaction[T12.light], satisfaction[T12.reason]]).toEqual([70, '红', '上半年仅回访 12 人，样本偏少']);
    expect(rows.find((r) => r[T12.code] === 'P09' && r[T12.name] === '维护社保稳定')![T12.light]).toBe('未填报');
    const execution = rows.find((r) => r[T12.code] === 'P09' && r[T12.level1] === '预算执行率')!;
    expect([execution[T12.actual], execution[T12.points]]).toEqual([70, 7]);
    const summaries = rows.filter((r) => r[T12.level1] === '自评合计');
    expect(summaries).toHaveLength(37); // the 37 表十二 forms
    const card = await t.http.get(`/api/v1/projects/P09/scorecard?asOf=2023-06-30&minPosition=${position}`);
    expectStatus(card, 200);
    const p09 = summaries.find((r) => r[T12.code] === 'P09')!;
    expect([p09[T12.points], p09[T12.grade], p09[T12.light]]).toEqual([Number(card.body.score), card.body.grade, '红']);
    const csv = readCsv(await get(t.http, 'table12?format=csv&asOf=2023-06-30'));
    expect(csv.find((r) => r[T12.code] === 'P09' && r[T12.level1] === '自评合计')![T12.points]).toBe(card.body.score);
  });

  describe('scope', () => {
    const units426002 = demo.lines.filter((l) => l.unit === '426002').reduce((s, l) => s.plus(l.amount), new Money(0));

    it('given a manager of 426002, when the department-wide tables are exported, then they hold only 426002 and say so', async () => {
      const manager = await t.httpAs({ role: 'manager', units: ['426002'] });
      const { rows } = await xlsx('table8?asOf=2023-06-30', manager);
      const info = rows.slice(1, 5).map((r) => r[0]).join('\n');
      expect(info).toContain('426002 重庆市潼南区就业和人才中心');
      expect(info).toContain('仅含权限范围内的单位');
      expect(info).toContain(`生成人：${manager.username}`);
      const total = rowOf(rows, '合计' as ReadCell);
      expect([total[T8.apprTotal], total[T8.spent]]).toEqual([yuan(units426002.toFixed(2)), 1334567.89]);
      expect(rows.some((r) => r[0] === '2080199' && r[T8.spent] !== null && r[T8.spent] !== 0)).toBe(false); // the fund's 3.5M is 426006's

      const projects = (await xlsx('table10?asOf=2023-06-30', manager)).rows.filter((r) => typeof r[T10.code] === 'string' && /^P\d\d$/.test(r[T10.code] as string));
      expect(projects).toHaveLength(15);
      expect(new Set(projects.map((r) => r[T10.unit]))).toEqual(new Set(['重庆市潼南区就业和人才中心']));
      const indicators = (await xlsx('table12?asOf=2023-06-30', manager)).rows.filter((r) => typeof r[T12.unit] === 'string' && r[T12.code] !== '项目编码' && /^P\d\d$/.test(String(r[T12.code])));
      expect(indicators.length).toBeGreaterThan(0);
      expect(new Set(indicators.map((r) => r[T12.unit]))).toEqual(new Set(['重庆市潼南区就业和人才中心']));
    });

    it('given an accountant of 426002, when they ask for 426006\'s table, then 403 UNIT_OUT_OF_SCOPE; their own unit is allowed', async () => {
      const accountant = await t.httpAs({ role: 'accountant', units: ['426002'] });
      expectProblem(await accountant.get('/api/v1/exports/table8?unit=426006&asOf=2023-06-30'), 403, 'UNIT_OUT_OF_SCOPE', 'unit');
      expectProblem(await accountant.get('/api/v1/exports/table12?unit=426006&format=csv'), 403, 'UNIT_OUT_OF_SCOPE', 'unit');
      const own = readCsv(await get(accountant, 'table10?unit=426002&format=csv&asOf=2023-06-30'));
      expect(rowOf(own, '合计')[T10.spent]).toBe('1234567.89');
    });

    it('given no credentials, when an export is asked for, then 401', async () => {
      expectProblem(await t.anonymous.get('/api/v1/exports/table8'), 401, 'UNAUTHENTICATED');
    });
  });

  it('given a bad format or amount unit, when an export is asked for, then 400 naming the parameter; a year without a budget is 404', async () => {
    expectProblem(await t.http.get('/api/v1/exports/table8?format=pdf'), 400, 'VALIDATION_FAILED', 'format');
    expectProblem(await t.http.get('/api/v1/exports/table8?amountUnit=USD'), 400, 'VALIDATION_FAILED', 'amountUnit');
    expectProblem(await t.http.get('/api/v1/exports/table8?fiscalYear=2019&asOf=2019-06-30'), 404, 'BUDGET_NOT_FOUND', 'fiscalYear');
  });
});
