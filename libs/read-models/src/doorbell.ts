/** Cells of the shared doorbell: the projector may be asleep; an append was announced since it last looked. */
const IDLE = 0;
const PENDING = 1;

/**
 * The doorbell between the request thread and the projector thread, in shared memory (issue 14): after a commit
 * the request thread rings (a message to the thread) only when the projector may be asleep. While it projects, a
 * ring is a message it does not need: it reads again until a read finds nothing. Each append announces itself
 * (PENDING) before looking at IDLE; the projector says IDLE before its last look at PENDING and sleeps only if
 * nothing was announced. With sequentially consistent atomics one of the two sees the other: an append is never
 * left unread until the next poll.
 */
export class SharedDoorbell {
  readonly cells: Int32Array;

  constructor(cells?: Int32Array) {
    this.cells = cells ?? new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    if (!cells) this.reset();
  }

  /** A new projector thread: ring until it says it is busy. */
  reset(): void {
    Atomics.store(this.cells, IDLE, 1);
  }

  /** Request thread, after a commit: whether to ring (the projector may be asleep). */
  announce(): boolean {
    Atomics.store(this.cells, PENDING, 1);
    return Atomics.load(this.cells, IDLE) === 1;
  }

  /** Projector, before it reads: what was announced so far will be read. */
  reading(): void {
    Atomics.store(this.cells, IDLE, 0);
    Atomics.store(this.cells, PENDING, 0);
  }

  /** Projector, a read found nothing: false when an append was announced since reading() (read again, do not sleep). */
  maySleep(): boolean {
    Atomics.store(this.cells, IDLE, 1);
    if (Atomics.load(this.cells, PENDING) === 0) return true;
    Atomics.store(this.cells, IDLE, 0);
    return false;
  }

  /** Projector, sleeping for another reason (standby, a retry): ring as before. */
  idle(): void {
    Atomics.store(this.cells, IDLE, 1);
  }
}
