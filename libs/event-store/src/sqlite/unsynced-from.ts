/**
 * Where this process's appends that are committed but not yet durable begin (ADR 0018: a group commits with
 * synchronous=NORMAL and is acknowledged once its WAL sync is done). Every reader in the process stops before it:
 * a projection, a subscription or the projector thread (another connection, on another thread: the cell is in
 * shared memory) never sees an event that a power cut could still take back, so no read model, alert checkpoint
 * or live feed can get ahead of the file. Commands read their streams whole: deciding on an undurable event is
 * safe, as the command's own events come later in the same WAL and are durable only if it is.
 *
 * The writer marks a group before its COMMIT makes the rows visible and clears the mark once the group is durable;
 * a reader on another thread loads the cell after its query, so a row from an undurable group is always cut.
 */
export class UnsyncedFrom {
  /** first position not yet durable; 0: everything committed is durable */
  readonly cell: BigInt64Array;

  constructor(cell?: BigInt64Array) {
    this.cell = cell ?? new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
  }

  /** The last position a reader may see: `head` itself, or less while a group of this process awaits its sync. */
  visibleHead(head: number): number {
    const from = Number(Atomics.load(this.cell, 0));
    return from > 0 ? Math.min(head, from - 1) : head;
  }

  /** Events read, cut before the first that is not durable (read first, then call this). */
  cut<T extends { readonly position: number }>(events: T[]): T[] {
    const from = Number(Atomics.load(this.cell, 0));
    if (from === 0 || events.length === 0 || events[events.length - 1].position < from) return events;
    const end = events.findIndex((e) => e.position >= from);
    return end < 0 ? events : events.slice(0, end);
  }

  /** Writer: the oldest group still awaiting its sync begins at `position` (0: none). */
  mark(position: number): void {
    Atomics.store(this.cell, 0, BigInt(position));
  }
}
