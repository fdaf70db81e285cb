import { randomUUID } from 'node:crypto';
import { AppropriationEstablished, DisbursementRecorded, shanghaiDate } from '@app/domain';
import type { NewEvent } from '@app/event-store';
import type { CommandContext } from '@app/kernel';
import { deterministicId, envelope } from '@app/kernel';

/**
 * Events shaped exactly as the API stores them: the domain's DisbursementRecorded.v1 payload, wrapped by the
 * API's own envelope() (the same metadata fields, ids derived the way the record-disbursement handler does).
 */

export const BENCH_UNIT = '426001';
export const BENCH_DEPARTMENT = '426';

const PAYEES = ['某某县人力资源和社会保障局公益性岗位工资专户', '某某县第三中学', '张某某', '某某市政工程有限公司', '某某县社会保险事业服务中心'];
const SUMMARIES = [
  '3月份公益性岗位补贴发放（第二批），含单位缴纳社会保险部分',
  '支付办公楼维修工程进度款（合同编号 XQ-2023-017）',
  '就业见习补贴（见习期6个月）',
  '职业技能培训补贴，培训机构：某某职业技术学校',
];

/** A context as an HTTP request would give it: a named clerk, a fresh correlation id, an Idempotency-Key. */
export function httpLikeContext(now = new Date()): CommandContext {
  return { actor: 'clerk-0042', principal: { username: 'clerk-0042', displayName: 'clerk-0042', role: 'accountant', units: 'all' }, correlationId: randomUUID(), causationId: randomUUID(), now, today: shanghaiDate(now) };
}

/** Today in Asia/Shanghai and its fiscal year: commands refuse business dates in the future or another year. */
export function businessToday(): { today: string; fiscalYear: number } {
  const today = shanghaiDate(new Date());
  return { today, fiscalYear: Number(today.slice(0, 4)) };
}

let voucherSeq = 0;
/** A voucher number unique within this process run (the disbursement id derives from it). */
export function nextVoucherNo(fiscalYear: number): string {
  voucherSeq++;
  return `记-${fiscalYear}-${String(Math.floor(voucherSeq / 1000) % 12 + 1).padStart(2, '0')}-${String(voucherSeq).padStart(6, '0')}`;
}

export function disbursementData(lineId: string, voucherNo: string, fiscalYear: number, seq: number): DisbursementRecorded['data'] {
  return {
    disbursementId: deterministicId(`disbursement/${BENCH_UNIT}/${fiscalYear}/${voucherNo}`),
    lineId,
    amount: `${1000 + (seq * 37) % 90000}.${String(seq % 100).padStart(2, '0')}`,
    voucherNo,
    payee: PAYEES[seq % PAYEES.length],
    summary: SUMMARIES[seq % SUMMARIES.length],
    subsidyCategory: seq % 3 === 0 ? null : '公益性岗位补贴',
    beneficiaries: seq % 3 === 0 ? null : 10 + (seq % 40),
    economic: '30305',
  };
}

/** `count` DisbursementRecorded.v1 events for one line, enveloped as the API does (one command context per event). */
export function disbursementEvents(lineId: string, count: number): NewEvent[] {
  const { today, fiscalYear } = businessToday();
  const events: NewEvent[] = [];
  for (let i = 0; i < count; i++) {
    const voucherNo = nextVoucherNo(fiscalYear);
    const data = disbursementData(lineId, voucherNo, fiscalYear, voucherSeq);
    const event: DisbursementRecorded = { type: 'DisbursementRecorded.v1', effectiveDate: today, data };
    events.push(...envelope([event], httpLikeContext(), BENCH_UNIT, [data.disbursementId]));
  }
  return events;
}

/** The AppropriationEstablished.v1 a budget import would write for a project line with ample appropriation. */
export function establishedEvent(lineId: string, amount: string): NewEvent[] {
  const { today, fiscalYear } = businessToday();
  const event: AppropriationEstablished = {
    type: 'AppropriationEstablished.v1', effectiveDate: `${fiscalYear}-01-01` <= today ? `${fiscalYear}-01-01` : today,
    data: {
      lineId, fiscalYear, department: BENCH_DEPARTMENT, unit: BENCH_UNIT, type: 'project', project: `${BENCH_UNIT}${fiscalYear}0000000012`,
      projectName: '公益性岗位补贴', basicKind: null, functional: '2080799', economic: '30305', fundingSource: '一般公共预算',
      amount, overspendPolicy: 'block', revolvingFund: false, importId: `${BENCH_DEPARTMENT}-${fiscalYear}-bench000000000000`, inferred: [],
    },
  };
  return envelope([event], { ...httpLikeContext(), actor: 'system:bench-import' }, BENCH_UNIT, [deterministicId(`bench/line/${lineId}`)]);
}

/** What one stored event weighs: the JSON of data and of metadata, in bytes. */
export function payloadBytes(event: NewEvent): { data: number; metadata: number; metadataFields: number } {
  return {
    data: Buffer.byteLength(JSON.stringify(event.data)),
    metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
    metadataFields: Object.keys(event.metadata).length,
  };
}
