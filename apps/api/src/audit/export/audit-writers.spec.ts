import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { auditTrail } from '../history/audit-trail';
import { lineHistory } from '../history/line-history';
import { batches, established, stored } from '../history/testing';
import { auditTable, shanghaiDateTime } from './audit-table';
import { csvStream, xlsxStream } from './audit-writers';

const events = [
  stored('line-L1', 0, 'AppropriationEstablished.v1', established('100000.00'), { actor: '@system', recordedAt: '2023-01-01T01:00:00.000Z' }),
  stored('line-L1', 1, 'DisbursementRecorded.v1', { disbursementId: 'd1', lineId: 'L1', amount: '12000.10', voucherNo: '=记,"0001"', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null }, { actor: 'acc1', recordedAt: '2023-02-28T17:30:00.000Z' }),
];
const table = auditTable('审计轨迹 · 预算指标 L1', '导出时间 2023-03-01', lineHistory.stateColumns);
const entries = () => auditTrail(batches(events), lineHistory, {});

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

describe('audit trail exports', () => {
  it('given a trail, when written as CSV, then it has a BOM and CRLF, one row per entry, quoted fields and neutralised formulas', async () => {
    const csv = (await bytes(csvStream(table, entries()))).toString('utf8');
    expect(csv.startsWith('\uFEFF审计轨迹 · 预算指标 L1,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(6);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[2].slice(0, 7)).toEqual(['序号', '版本', '事件', '操作人', '记录时间（北京时间）', '生效日期', '变更内容']);
    expect(rows[3][3]).toBe("'@system");
    expect(rows[4].slice(0, 12)).toEqual(['101', '1', '支付', 'acc1', '2023-03-01 01:30:00', '2023-03-01', '支付 12,000.10 元，凭证号 =记,"0001"', '100000.00', '12000.10', '0.00', '87999.90', '1']);
  });

  it('given a trail, when written as XLSX, then the rows read back with amounts as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytes(xlsxStream(table, entries(), 'tester', () => undefined))) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('审计轨迹 · 预算指标 L1');
    expect(ws.getCell('C5').value).toBe('支付');
    expect(ws.getCell('B5').value).toBe(1);
    expect(ws.getCell('L5').value).toBe(1);
    expect(ws.getCell('I5').value).toBe(12000.1);
    expect(ws.getCell('I5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('K5').value).toBe(87999.9);
    expect(ws.rowCount).toBe(5);
  });

  it('given an instant, then it reads as Beijing time', () => {
    expect(shanghaiDateTime('2023-02-28T17:30:00.000Z')).toBe('2023-03-01 01:30:00');
    expect(shanghaiDateTime(null)).toBe('');
  });
});
