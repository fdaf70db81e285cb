import { ReadCell, binary, readCsv, readXlsx, rowOf } from './support/read-spreadsheet';
import { TestApp, expectStatus, product, startTestApp } from './support/test-app';

const RECEPTION = '426001-2023-B-2080101-30217'; // 公务接待费, 9.40 万元
const VEHICLES = '426001-2023-B-2080101-30231'; // 公务用车运行维护费, 11.00 万元
const P37 = '426002-2023-P37'; // 就业补助资金 (no 三公 code: a 接待 payment there is tagged)
const P16 = '426003-2023-P16'; // 社会保险公共服务标准化基地: 电子显示屏 17.76 万元 (表九)

/** 表四 columns: 部门编码, 部门名称, then four blocks of six (上年预算数, 预算数, 执行数, 可用余额): 总计, 出国, 用车小计, 购置, 运维, 接待; 执行率. */
const T4 = { prior: 2, budget: 8, executed: 14, remaining: 20, rate: 26 };
/** 表九 columns: 项目编号, 项目, 总计, ten funding sources (一般公共预算拨款收入 4th), 已支出, 可用余额, 执行率. */
const T9 = { total: 2, general: 4, executed: 13, remaining: 14, rate: 15 };
const six = (row: ReadCell[], start: number) => row.slice(start, start + 6);

/**
 * 表四 and 表九 from the 2023 demo budget, read back with exceljs and csv-parse: the published figures of the seed
 * (三公 23.00 = 11.00 + 12.00, 2022 32.30; 机关运行经费 430.06; 政府采购 17.76 货物, 一般公共预算拨款) reproduced to the cent,
 * and the execution of payments recorded through the API.
 */
describe('exports 表四 (三公经费) and 表九 (政府采购) on the demo budget (e2e)', () => {
  let t: TestApp;
  let position = 0;
  const get = async (path: string) => {
    const res = await t.http.get(`/api/v1/exports/${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).buffer(true).parse(binary);
    expectStatus(res, 200);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    await product.importDemoBudgetIfAbsent(t.app);
    const pay = async (lineId: string, body: Record<string, unknown>) => {
      const res = await t.http.post(`/api/v1/lines/${lineId}/disbursements`).send(body);
      expectStatus(res, 201);
      position = Math.max(position, res.body.position as number);
    };
    await pay(RECEPTION, { amount: '30000.00', effectiveDate: '2023-03-15', voucherNo: 'SG-1' });
    await pay(VEHICLES, { amount: '20000.00', effectiveDate: '2023-04-10', voucherNo: 'SG-2' });
    await pay(P37, { amount: '5000.00', effectiveDate: '2023-05-20', voucherNo: 'SG-3', sanGongCategory: 'reception' });
    await pay(P16, { amount: '100000.00', effectiveDate: '2023-06-18', voucherNo: 'ZC-1', procurement: true });
  }, 180_000);
  afterAll(async () => { await t?.close(); });

  it('GET /api/v1/sangong on the demo budget answers the seed\'s 表四 caps in 元 with what was paid', async () => {
    const res = await t.http.get(`/api/v1/sangong?fiscalYear=2023&asOf=2023-06-30&minPosition=${position}`);
    expectStatus(res, 200);
    expect(res.body.rows.map((r: { category: string; cap: string; used: string; remaining: string }) => [r.category, r.cap, r.used, r.remaining])).toEqual([
      ['abroad', '0.00', '0.00', '0.00'], ['vehicle_purchase', '0.00', '0.00', '0.00'],
      ['vehicle_operation', '110000.00', '20000.00', '90000.00'], ['reception', '120000.00', '35000.00', '85000.00'],
    ]);
  });

  it('given 表四 in 万元, then the department row reproduces the seed: 2022 32.30 (用车 12, 接待 20.30), 2023 23.00 (用车运维 11.00, 接待 12.00), and 机关运行经费 430.06 (2022 507.69)', async () => {
    const { name, rows } = await readXlsx(await get('table4?asOf=2023-06-30&amountUnit=wanyuan'));
    expect(name).toBe('表四 三公经费');
    expect(rows[0][0]).toBe('表四 重庆市潼南区人力资源和社会保障局一般公共预算支出“三公”经费预算表（执行情况）');
    expect(rows[5].slice(0, 3)).toEqual(['部门编码', '部门名称', '2022年预算数']);
    expect(rows[5][8]).toBe('2023年预算数');
    expect([rows[6][2], rows[6][3], rows[6][4], rows[6][7]]).toEqual(['总计', '因公出国（境）费用', '公务用车购置及运行费', '公务接待费']);
    expect(rows[7].slice(4, 7)).toEqual(['小计', '公务用车购置', '公务用车运行维护费']);
    const dept = rowOf(rows, '426' as ReadCell);
    expect(dept[1]).toBe('区人力社保局');
    expect(six(dept, T4.prior)).toEqual([32.3, 0, 12, 0, 12, 20.3]);
    expect(six(dept, T4.budget)).toEqual([23, 0, 11, 0, 11, 12]);
    expect(six(dept, T4.executed)).toEqual([5.5, 0, 2, 0, 2, 3.5]);
    expect(six(dept, T4.remaining)).toEqual([17.5, 0, 9, 0, 9, 8.5]);
    expect(dept[T4.rate]).toBe(23.91); // 55,000 ÷ 230,000
    const agency = rows.find((r) => r[1] === '机关运行经费')!;
    expect([agency[T4.prior], agency[T4.budget], agency[T4.executed]]).toEqual([507.69, 430.06, 5]);
  });

  it('given 表四 as CSV in 元, then the same figures to the cent, and the units that paid 三公 listed with their 执行数', async () => {
    const res = await get('table4?asOf=2023-06-30&format=csv');
    const rows = readCsv(res);
    const dept = rows.find((r) => r[0] === '426')!;
    expect(six(dept as ReadCell[], T4.budget)).toEqual(['230000.00', '0.00', '110000.00', '0.00', '110000.00', '120000.00']);
    expect(six(dept as ReadCell[], T4.executed)).toEqual(['55000.00', '0.00', '20000.00', '0.00', '20000.00', '35000.00']);
    const units = rows.filter((r) => /^42600\d$/.test(r[0]));
    expect(units.map((r) => [r[0], r[T4.budget], r[T4.executed], r[T4.executed + 5]])).toEqual([
      ['426001', '', '50000.00', '30000.00'], ['426002', '', '5000.00', '5000.00'],
    ]);
  });

  it('given 表九 in 万元, then 合计 and A 货物 reproduce the seed\'s 17.76 in 总计 and 一般公共预算拨款收入 (other sources empty), with P16\'s 电子显示屏 and its execution', async () => {
    const { name, rows } = await readXlsx(await get('table9?asOf=2023-06-30&amountUnit=wanyuan'));
    expect(name).toBe('表九 政府采购');
    expect(rows[5].slice(0, 3)).toEqual(['项目编号', '项目', '预算数']);
    expect(rows[6].slice(2, 5)).toEqual(['总计', '上年结转结余资金', '一般公共预算拨款收入']);
    const total = rowOf(rows, '合计' as ReadCell);
    expect(total.slice(T9.total, T9.rate + 1)).toEqual([17.76, null, 17.76, null, null, null, null, null, null, null, null, 10, 7.76, 56.31]);
    const goods = rowOf(rows, 'A' as ReadCell);
    expect([goods[1], goods[T9.total], goods[T9.general]]).toEqual(['货物', 17.76, 17.76]);
    const item = rowOf(rows, 'P16' as ReadCell);
    expect(item[1]).toBe('2023 年初专项-社会保险公共服务标准化基地建设经费·电子显示屏');
    expect([item[T9.total], item[T9.general], item[T9.executed], item[T9.remaining]]).toEqual([17.76, 17.76, 10, 7.76]);
    expect(rows.some((r) => r[0] === 'B' || r[0] === 'C')).toBe(false); // 工程 and 服务 are 0, as 表九 prints only 货物
  });

  it('given 表九 as CSV in 元, then the figures to the cent', async () => {
    const rows = readCsv(await get('table9?asOf=2023-06-30&format=csv'));
    const total = rows.find((r) => r[0] === '合计')!;
    expect([total[T9.total], total[T9.general], total[T9.executed], total[T9.remaining], total[T9.rate]]).toEqual(['177600.00', '177600.00', '100000.00', '77600.00', '56.31']);
  });
});
