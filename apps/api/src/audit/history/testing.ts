import type { StoredEvent } from '@app/event-store';

/** A stored event as the store answers it, for the history unit tests. */
export function stored(streamId: string, revision: number, type: string, data: object,
  meta: { actor?: string; effectiveDate?: string; recordedAt?: string } = {}): StoredEvent {
  const id = `${streamId}-${revision}`;
  const recordedAt = meta.recordedAt ?? '2023-03-01T02:00:00.000Z';
  return {
    id, streamId, revision, position: 100 + revision, type, data, storedAt: recordedAt,
    metadata: { eventId: id, actor: meta.actor ?? 'admin', unit: '426001', correlationId: `corr-${revision}`, causationId: null, recordedAt, effectiveDate: meta.effectiveDate ?? '2023-03-01' },
  };
}

export const established = (amount = '100000.00') => ({
  lineId: 'L1', fiscalYear: 2023, department: '426', unit: '426001', type: 'project', project: 'P01', projectName: '就业补助资金',
  basicKind: null, functional: '2080701', economic: null, fundingSource: '一般公共预算拨款', amount, overspendPolicy: 'warn',
  revolvingFund: false, importId: 'imp-1', inferred: [],
});

export async function* batches(events: readonly StoredEvent[], size = 2): AsyncGenerator<readonly StoredEvent[]> {
  for (let i = 0; i < events.length; i += size) yield events.slice(i, i + size);
}
