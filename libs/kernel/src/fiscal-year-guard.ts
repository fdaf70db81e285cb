import { DomainError, FiscalYearState, fiscalYearStreamId, fiscalYearsOf } from '@app/domain';
import { StreamWrite } from '@app/event-store';

/** Loads a fiscal year's folded state (the aggregate store's cached fold of `fiscal-year-{year}`). */
export type FiscalYearLoader = (streamId: string) => Promise<{ readonly state: FiscalYearState; readonly revision: number }>;

const STREAM_PREFIX = fiscalYearStreamId(0).replace(/0$/, '');
export const isFiscalYearStream = (streamId: string) => streamId.startsWith(STREAM_PREFIX);

const STATUS_TEXT = { closing: '结账中', closed: '已结账' } as const;

/**
 * The closed-year rule of ADR 0013, for a write about to be appended: refuses it (409 FISCAL_YEAR_CLOSED) when any
 * of its events takes effect in a fiscal year that is closed or being closed, and otherwise answers the guards to
 * append with it: each touched year's stream, required to be at the revision just read (no events). A close
 * recorded between this check and the append moves that stream, the append fails, and the command is retried
 * against the closed year. The write's own fiscal-year streams (a close) need no guard.
 */
export async function closedYearGuards(load: FiscalYearLoader, writes: readonly StreamWrite[]): Promise<StreamWrite[]> {
  const years = new Map<number, 'effectiveDate' | 'fiscalYear'>();
  for (const write of writes) {
    for (const event of write.events) {
      const effectiveDate = String(event.metadata.effectiveDate ?? '');
      for (const year of fiscalYearsOf({ type: event.type, data: event.data, effectiveDate })) {
        if (!years.has(year)) years.set(year, effectiveDate.startsWith(`${year}-`) ? 'effectiveDate' : 'fiscalYear');
      }
    }
  }
  const guards: StreamWrite[] = [];
  for (const [year, field] of [...years].sort(([a], [b]) => a - b)) {
    const streamId = fiscalYearStreamId(year);
    const { state, revision } = await load(streamId);
    if (state.status !== 'open') {
      throw DomainError.conflict('FISCAL_YEAR_CLOSED', field,
        `fiscal year ${year} is ${state.status} (${STATUS_TEXT[state.status]}): nothing can take effect in it until an admin reopens it`,
        { fiscalYear: year, status: state.status, ...(state.closedOn ? { closedOn: state.closedOn } : {}) });
    }
    if (!writes.some((w) => w.streamId === streamId)) guards.push({ streamId, events: [], expectedRevision: revision });
  }
  return guards;
}
