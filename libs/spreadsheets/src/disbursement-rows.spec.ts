import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { type DisbursementRowInput, type DisbursementRowResult, type HeaderInfo, readDisbursementRows } from './disbursement-rows';
import { SpreadsheetError } from './errors';

async function readAll(input: DisbursementRowInput) {
  const rows: DisbursementRowResult[] = [];
  let header: HeaderInfo | undefined;
  for await (const r of readDisbursementRows(input, { onHeader: (h) => { header = h; } })) rows.push(r);
  return { rows, header: header! };
}
const failure = async (input: DisbursementRowInput) => {
  try { await readAll(input); } catch (e) { return e as SpreadsheetError; }
  throw new Error('expected the file to be refused');
};
const codes = (r: DisbursementRowResult) => (r.ok ? [] : r.errors.map((e) => e.code));

const CHINESE = [
  '项目编码,功能科目,经济科目,金额,支付日期,凭证号,收款人,摘要,补助类别,人数,预算单位',
  '426002-01,2080701,30305 生活补助,"1,234.56",2023-03-05,记-2023-03-0001,张三,三月公益性岗位补贴,公益性岗位补贴,12,426002',
  '426002-01,2080701,30305,500,2023/3/6,记-2023-03-0002,李四,,社会保险补贴,3人,426002',
  '',
  '426002-02,2080701,,￥88.8,2023年3月7日,记-2023-03-0003,王五,见习,就业见习补贴,,426002',
].join('\r\n');

describe('CSV', () => {
  it('reads UTF-8 with Chinese headers, numbering rows as a spreadsheet does and skipping blank rows', async () => {
    const { rows, header } = await readAll({ bytes: Buffer.from(CHINESE), format: 'csv' });
    expect(header.encoding).toBe('utf-8');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(rows[0]).toEqual({ row: 2, ok: true, value: {
      lineId: null, project: '426002-01', projectName: null, functional: '2080701', economic: '30305', unit: '426002', amount: '1234.56',
      effectiveDate: '2023-03-05', voucherNo: '记-2023-03-0001', payee: '张三', summary: '三月公益性岗位补贴',
      subsidyCategory: '公益性岗位补贴', beneficiaries: 12, sanGongCategory: null, procurement: null, procurementCategory: null } });
    expect(rows.map((r) => r.ok && [r.value.amount, r.value.effectiveDate, r.value.beneficiaries])).toEqual([
      ['1234.56', '2023-03-05', 12], ['500.00', '2023-03-06', 3], ['88.80', '2023-03-07', null]]);
  });

  it('reads the 三公经费类别, 政府采购 and 采购品目 columns in Chinese or as the API\'s ids, naming a cell it cannot read', async () => {
    const csv = [
      '预算指标,金额,支付日期,凭证号,三公经费类别,政府采购,采购品目',
      'L1,100,2023-03-05,V1,公务接待费,否,',
      'L1,100,2023-03-05,V2,因公出国（境）费用,,',
      'L1,100,2023-03-05,V3,vehicle_operation,是,A 货物',
      'L1,100,2023-03-05,V4,,1,服务',
      'L1,100,2023-03-05,V5,宴请,也许,家具',
    ].join('\n');
    const { rows } = await readAll({ bytes: Buffer.from(csv), format: 'csv' });
    expect(rows.slice(0, 4).map((r) => r.ok && [r.value.sanGongCategory, r.value.procurement, r.value.procurementCategory])).toEqual([
      ['reception', false, null], ['abroad', null, null], ['vehicle_operation', true, 'goods'], [null, true, 'services']]);
    expect(rows[4].ok === false && rows[4].errors.map((e) => [e.field, e.code])).toEqual([
      ['sanGongCategory', 'SANGONG_CATEGORY_UNKNOWN'], ['procurement', 'YES_NO_INVALID'], ['procurementCategory', 'PROCUREMENT_CATEGORY_UNKNOWN']]);
  });

  it('reads UTF-8 with a BOM (Excel "CSV UTF-8")', async () => {
    const { rows, header } = await readAll({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE)]), format: 'csv' });
    expect(header.columns[0]).toMatchObject({ header: '项目编码', field: 'project' });
    expect(rows.filter((r) => r.ok)).toHaveLength(3);
  });

  it('detects and decodes GBK (Excel "CSV" on Chinese Windows), also from a stream', async () => {
    const gbk = iconv.encode(CHINESE, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const { rows, header } = await readAll({ stream: Readable.from([gbk.subarray(0, 7), gbk.subarray(7)]), format: 'csv' });
    expect(header.encoding).toBe('gb18030');
    expect(rows.map((r) => r.ok && r.value.payee)).toEqual(['张三', '李四', '王五']);
  });

  it('reads English headers and amounts declared in 万元, by option or by the header', async () => {
    const csv = 'Line ID,Amount,Date,Voucher No,Payee\nL-1,43.01,2023-03-05,V1,Acme\nL-2,0.123456,2023-03-05,V2,Acme\n';
    const { rows } = await readAll({ bytes: Buffer.from(csv), format: 'csv', amountUnit: '万元' });
    expect(rows.map((r) => r.ok && r.value.amount)).toEqual(['430100.00', '1234.56']);
    const byHeader = await readAll({ bytes: Buffer.from('指标编码,金额（万元）,日期,凭证号\nL-1,1.5,2023-03-05,V1\n'), format: 'csv' });
    expect(byHeader.rows[0]).toMatchObject({ ok: true, value: { lineId: 'L-1', amount: '15000.00' } });
    expect(byHeader.header.columns[1]).toMatchObject({ field: 'amount', unit: '万元' });
  });

  it('finds the header below a title row', async () => {
    const { rows } = await readAll({ bytes: Buffer.from(`2023年就业补助资金支出明细\n${CHINESE}`), format: 'csv' });
    expect(rows.map((r) => r.row)).toEqual([3, 4, 6]);
  });

  it('refuses a file lacking required columns, naming them in Chinese and English, before any row', async () => {
    const e = await failure({ bytes: Buffer.from('收款人,金额,摘要\n张三,100,x\n'), format: 'csv' });
    expect(e).toBeInstanceOf(SpreadsheetError);
    expect(e.code).toBe('MISSING_COLUMNS');
    expect(e.message).toBe('缺少必需的列: 预算指标 或 项目编码/项目名称、支付日期、凭证号 / missing required columns: lineId or project, date, voucherNo');
  });

  it('reports bad amounts, dates and missing values per row, in Chinese and English, with the column as written', async () => {
    const csv = ['项目编码,金额(元),日期,凭证号', 'P1,1.234,2023-02-30,V1', 'P1,-5,2023-03-01,V2', 'P1,一百元,2023-03-01,', ',100,2023-03-01,V4'].join('\n');
    const { rows } = await readAll({ bytes: Buffer.from(csv), format: 'csv' });
    expect(rows.map(codes)).toEqual([
      ['AMOUNT_TOO_MANY_DECIMALS', 'DATE_INVALID'], ['AMOUNT_NOT_POSITIVE'], ['AMOUNT_INVALID', 'REQUIRED'], ['LINE_REQUIRED']]);
    expect(rows[2]).toMatchObject({ ok: false, errors: [{ column: '金额(元)', field: 'amount',
      message: '第 4 行 金额(元): 不是有效金额 / row 4 amount: not a valid amount' }, { field: 'voucherNo' }] });
  });

  it('flags a repeated voucher number on the later row, naming the first, per budget unit', async () => {
    const csv = ['预算单位,项目编码,金额,日期,凭证号', '426002,P1,1,2023-03-01,V1', '426003,P1,1,2023-03-01,V1', '426002,P1,2,2023-03-02,V1'].join('\n');
    const { rows } = await readAll({ bytes: Buffer.from(csv), format: 'csv' });
    expect(rows.map((r) => r.ok)).toEqual([true, true, false]);
    expect(rows[2]).toMatchObject({ row: 4, errors: [{ code: 'DUPLICATE_VOUCHER_IN_FILE', column: '凭证号',
      message: '第 4 行 凭证号: 凭证号 V1 与第 2 行重复 / row 4 voucherNo: voucher V1 repeats row 2' }] });
  });

  it('never accepts a damaged GBK file silently', async () => {
    const gbk = iconv.encode(CHINESE, 'gbk');
    // Cut the second byte of 张 (first payee): the decoder cannot pair its first byte with the comma that follows.
    const at = gbk.indexOf(iconv.encode('张三', 'gbk'));
    const damaged = Buffer.concat([gbk.subarray(0, at + 1), gbk.subarray(at + 2)]);
    const { rows } = await readAll({ bytes: damaged, format: 'csv' });
    expect(rows[0]).toMatchObject({ row: 2, ok: false, errors: [{ code: 'ENCODING_INVALID', field: 'payee' }] });
    expect(rows.slice(1).every((r) => r.ok)).toBe(true);
  });

  it('refuses a file read in the wrong encoding (mojibake headers) with the missing-columns error', async () => {
    const mojibake = Buffer.from(CHINESE, 'utf-8').toString('latin1'); // UTF-8 bytes shown as Latin-1, saved again
    expect((await failure({ bytes: Buffer.from(mojibake, 'utf-8'), format: 'csv' })).code).toBe('MISSING_COLUMNS');
  });

  it('refuses a stream that turns out not to be UTF-8 after its first bytes, instead of inventing characters', async () => {
    const head = Buffer.from(`${'project,amount,date,voucher\n'}${'P1,1,2023-03-01,V0\n'.repeat(5000)}`);
    const tail = iconv.encode('P1,1,2023-03-01,张三\n', 'gbk');
    expect((await failure({ stream: Readable.from([head, tail]), format: 'csv' })).code).toBe('ENCODING_INVALID');
  });

  it('judges a buffer on all its bytes: GBK after 64 KB of ASCII is still read as GBK', async () => {
    const head = Buffer.from(`${'project,amount,date,voucher\n'}${Array.from({ length: 5000 }, (_, i) => `P1,1,2023-03-01,V${i}`).join('\n')}\n`, 'utf-8');
    const { rows, header } = await readAll({ bytes: Buffer.concat([head, iconv.encode('P1,1,2023-03-01,张三\n', 'gbk')]), format: 'csv' });
    expect(header.encoding).toBe('gb18030');
    expect(rows.at(-1)).toMatchObject({ ok: true, value: { voucherNo: '张三' } });
  });
});

describe('progress and early stop', () => {
  it('reports rows and bytes read, and lets the caller stop without reading the rest', async () => {
    const bytes = Buffer.from(`项目编码,金额,日期,凭证号\n${Array.from({ length: 50 }, (_, i) => `P1,1,2023-03-01,V${i}`).join('\n')}`);
    const seen: number[][] = [];
    for await (const r of readDisbursementRows({ stream: Readable.from([bytes]), totalBytes: bytes.length, format: 'csv' }, {
      progressEvery: 20, onProgress: (p) => seen.push([p.rowsRead, p.bytesRead, p.totalBytes ?? -1, Number(p.done)]),
    })) expect(r.ok).toBe(true);
    expect(seen).toEqual([[20, bytes.length, bytes.length, 0], [40, bytes.length, bytes.length, 0], [51, bytes.length, bytes.length, 1]]);
    const first: DisbursementRowResult[] = [];
    for await (const r of readDisbursementRows({ bytes, format: 'csv' })) { first.push(r); if (first.length === 3) break; }
    expect(first.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});

describe('XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出明细');
    for (const r of rows) ws.addRow(r);
    wb.addWorksheet('说明').addRow(['this sheet is not read']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads a workbook whose sheets come before xl/workbook.xml in the zip (entry order is up to the writer)', async () => {
    const original = await JSZip.loadAsync(await workbook([['预算指标', '金额', '支付日期', '凭证号'], ['L-1', 10, '2023-03-05', 'V1']]));
    const names = Object.keys(original.files).filter((n) => !original.files[n].dir);
    // shared strings and styles first, then the sheets (read at once), the workbook last
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const order = [...first, ...names.filter((n) => !first.includes(n) && n !== 'xl/workbook.xml'), 'xl/workbook.xml'];
    const reordered = new JSZip();
    for (const name of order) reordered.file(name, await original.file(name)!.async('nodebuffer'));
    const bytes = await reordered.generateAsync({ type: 'nodebuffer' });

    const { rows } = await readAll({ bytes, format: 'xlsx' });

    expect(rows.map((r) => r.ok && [r.value.lineId, r.value.amount, r.value.voucherNo])).toEqual([['L-1', '10.00', 'V1']]);
  });

  it('reads numbers, Date cells, text dates, serials and rich text', async () => {
    const bytes = await workbook([
      ['预算指标', '项目编码', '金额', '支付日期', '凭证号', '收款人', '人数', '经济科目'],
      ['L-1', null, 1234.5, new Date(Date.UTC(2023, 2, 5)), 'V1', { richText: [{ text: '张' }, { text: '三' }] }, 12, 30305],
      [null, 'P-2', '1,000.10', '2023年3月6日', 20230001, '李四', null, null],
      [],
      ['L-3', null, 0.07, 45000, 'V3', '王五', '2', '30305 生活补助'], // 45000: a serial in a cell without date format
    ]);
    const { rows } = await readAll({ bytes, format: 'xlsx' });
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(rows.map((r) => r.ok && [r.value.lineId ?? r.value.project, r.value.amount, r.value.effectiveDate, r.value.voucherNo, r.value.payee, r.value.beneficiaries, r.value.economic])).toEqual([
      ['L-1', '1234.50', '2023-03-05', 'V1', '张三', 12, '30305'],
      ['P-2', '1000.10', '2023-03-06', '20230001', '李四', null, null],
      ['L-3', '0.07', '2023-03-15', 'V3', '王五', 2, '30305'],
    ]);
  });

  it('reads 万元 numbers exactly and reports bad cells', async () => {
    const bytes = await workbook([
      ['Line', 'Amount (万元)', 'Date', 'Voucher'],
      ['L-1', 43.01, '2023-03-05', 'V1'], ['L-1', 0.1234567, '2023-02-30', 'V2'], ['L-1', 'n/a', '2023-03-05', 'V1'],
    ]);
    const { rows } = await readAll({ bytes, format: 'xlsx' });
    expect(rows[0]).toMatchObject({ ok: true, value: { amount: '430100.00' } });
    expect(rows.slice(1).map(codes)).toEqual([['AMOUNT_TOO_MANY_DECIMALS', 'DATE_INVALID'], ['AMOUNT_INVALID', 'DUPLICATE_VOUCHER_IN_FILE']]);
  });

  it('refuses missing columns and files that are not XLSX', async () => {
    expect((await failure({ bytes: await workbook([['金额', '凭证号'], [1, 'V1']]), format: 'xlsx' })).code).toBe('MISSING_COLUMNS');
    expect((await failure({ bytes: Buffer.from(CHINESE), format: 'xlsx' })).code).toBe('XLSX_INVALID');
  });
});
