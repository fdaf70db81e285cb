import { hasIdempotencyKeys, type EventStore, SqliteEventStore } from '@app/event-store';
import { disbursementEvents, establishedEvent } from './events';

export type FsyncMode = 'unkeyed' | 'keyed';

/**
 * `ops` record-disbursement appends on one line, as the command path writes them: without a key one append; with one
 * the claim, the append carrying the key (recorded in its transaction) and the answer, as IdempotencyService does.
 */
export async function runKeyedOps(store: EventStore, mode: FsyncMode, ops: number): Promise<void> {
  if (!hasIdempotencyKeys(store)) throw new Error('this store keeps no idempotency keys');
  const keys = store.idempotencyKeys();
  const lineId = `FSYNC-${mode}-${process.pid}-${Date.now()}`;
  const streamId = `line-${lineId}`;
  let revision = (await store.append(streamId, establishedEvent(lineId, '900000000000.00'), 'no_stream')).nextExpectedRevision;
  for (let i = 0; i < ops; i++) {
    const events = disbursementEvents(lineId, 1);
    if (mode === 'unkeyed') {
      revision = (await store.append(streamId, events, revision)).nextExpectedRevision;
      continue;
    }
    const ref = { scope: 'clerk-0042', key: `${lineId}-${i}`, fingerprint: events[0].id };
    const claim = await keys.claim(ref, new Date(), 60_000);
    if (claim.outcome !== 'claimed') throw new Error(`unexpected claim ${claim.outcome}`);
    revision = (await store.append(streamId, events, revision, { idempotencyKey: ref })).nextExpectedRevision;
    await keys.answer(ref, { status: 201, body: JSON.stringify({ streamId, revision }) });
  }
}

/** As a child process (strace counts its fsyncs): node idempotency-ops.js <events.sqlite> <unkeyed|keyed> <ops> */
if (require.main === module) {
  const [file, mode, ops] = process.argv.slice(2);
  const store = SqliteEventStore.open({ filename: file });
  runKeyedOps(store, mode as FsyncMode, Number(ops))
    .then(() => store.close())
    .then(() => process.exit(0), (error: unknown) => { process.stderr.write(`${String(error)}\n`); process.exit(1); });
}
