import { lineHistory, disbursementHistory, isAboutDisbursement } from './line-history';
import { auditTrail } from './audit-trail';
import { AuditEntry, yuan } from './history-model';
import { batches, established, stored } from './testing';

const line = 'line-L1';
const events = [
  stored(line, 0, 'AppropriationEstablished.v1', established('100000.00'), { actor: 'system:import', effectiveDate: '2023-01-01' }),
  stored(line, 1, 'AppropriationIncreased.v1', { lineId: 'L1', amount: '30000.00', reason: '年中追加', documentNo: '潼财社〔2023〕45号' }, { effectiveDate: '2023-06-15' }),
  stored(line, 2, 'DisbursementRecorded.v1', { disbursementId: 'd1', lineId: 'L1', amount: '12000.00', voucherNo: '记-0001', payee: '张三', summary: null, subsidyCategory: '公益性岗位补贴', beneficiaries: 3, economic: null }, { actor: 'acc1', effectiveDate: '2023-07-01' }),
  stored(line, 3, 'DisbursementRecorded.v1', { disbursementId: 'd2', lineId: 'L1', amount: '130000.50', voucherNo: '记-0002', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null }, { actor: 'acc2', effectiveDate: '2023-07-02' }),
  stored(line, 4, 'OverspendWarned.v1', { lineId: 'L1', disbursementId: 'd2', available: '118000.00', requested: '130000.50', shortfall: '12000.50' }, { actor: 'acc2', effectiveDate: '2023-07-02' }),
  stored(line, 5, 'DisbursementReversed.v1', { disbursementId: 'd1', lineId: 'L1', amount: '12000.00', reason: '重复支付' }, { actor: 'acc1', effectiveDate: '2023-07-03' }),
  stored(line, 6, 'AppropriationTransferredOut.v1', { transferId: 't1', lineId: 'L1', toLineId: 'L2', amount: '0.50', reason: '调剂', documentNo: null }, { effectiveDate: '2023-08-01' }),
];

async function all(model = lineHistory, about?: (e: (typeof events)[number]) => boolean): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for await (const entry of auditTrail(batches(events), model, { about })) out.push(entry);
  return out;
}

describe('line history (预算指标的事件历史)', () => {
  it('given a line appropriated, increased, paid twice, warned, reversed and transferred, then each entry carries its label, change and the folded state after it', async () => {
    const trail = await all();
    expect(trail.map((e) => e.label)).toEqual(['下达预算指标', '追加', '支付', '支付', '超支预警', '冲销', '调剂（调出）']);
    expect(trail.map((e) => e.stateAfter.available)).toEqual(['100000.00', '130000.00', '118000.00', '-12000.50', '-12000.50', '-0.50', '-1.00']);
    expect(trail[5].stateAfter).toEqual({ appropriated: '130000.00', disbursed: '130000.50', advancesOutstanding: '0.00', available: '-0.50', disbursementCount: 2 });
    expect(trail[2]).toMatchObject({
      actor: 'acc1', effectiveDate: '2023-07-01', revision: 2, position: 102, eventId: 'line-L1-2', correlationId: 'corr-2',
      change: { amount: '12000.00', voucherNo: '记-0001', disbursementId: 'd1', beneficiaries: 3 },
      summary: '支付 12,000.00 元，凭证号 记-0001，收款人 张三，补助类别 公益性岗位补贴，人数 3',
    });
  });

  it('given a reversal, then its change names the voucher of the payment it undoes', async () => {
    const reversal = (await all())[5];
    expect(reversal.change).toEqual({ disbursementId: 'd1', amount: '12000.00', voucherNo: '记-0001', reason: '重复支付' });
    expect(reversal.summary).toBe('冲销 12,000.00 元，原凭证号 记-0001，原因：重复支付');
  });

  it('given an increase and a transfer, then the summaries state amount, document and counterpart line', async () => {
    const trail = await all();
    expect(trail[1].summary).toBe('追加 30,000.00 元，文号 潼财社〔2023〕45号，原因：年中追加');
    expect(trail[6]).toMatchObject({ change: { amount: '0.50', toLineId: 'L2', transferId: 't1' }, summary: '调剂调出 0.50 元至 L2，原因：调剂' });
  });

  it('given the events about one disbursement, then its history shows them with the line figures and the payment own state', async () => {
    const trail = await all(disbursementHistory('d1'), isAboutDisbursement('d1'));
    expect(trail.map((e) => e.label)).toEqual(['支付', '冲销']);
    expect(trail[0].stateAfter).toMatchObject({ disbursementAmount: '12000.00', disbursementReversed: false, disbursed: '12000.00' });
    expect(trail[1].stateAfter).toMatchObject({ disbursementAmount: '12000.00', disbursementReversed: true, disbursed: '130000.50', disbursementCount: 2 });
    const d2 = await all(disbursementHistory('d2'), isAboutDisbursement('d2'));
    expect(d2.map((e) => e.label)).toEqual(['支付', '超支预警']);
  });

  it('given an event type this version does not know, then it is listed as stored and leaves the state alone', async () => {
    const odd = stored(line, 7, 'SomethingNew.v9', { x: 1 });
    const out: AuditEntry[] = [];
    for await (const e of auditTrail(batches([...events, odd]), lineHistory, {})) out.push(e);
    expect(out[7]).toMatchObject({ type: 'SomethingNew.v9', label: 'SomethingNew.v9', stateAfter: out[6].stateAfter });
  });
});

describe('yuan (金额千分位)', () => {
  it('given amounts, then they read with thousands separators and two decimals', () => {
    expect(yuan('12000')).toBe('12,000.00');
    expect(yuan('1234567.5')).toBe('1,234,567.50');
    expect(yuan('-12000.5')).toBe('-12,000.50');
    expect(yuan('0.07')).toBe('0.07');
  });
});
