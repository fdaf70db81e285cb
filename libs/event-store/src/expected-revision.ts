import type { ExpectedRevision } from './event-store.port';

/** Whether a stream at revision `current` (-1: no event yet) meets an append's expectation; shared by every adapter. */
export function revisionMatches(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      // -1 is accepted as "no event yet", the value streamRevision() returns for a missing stream.
      if (!Number.isInteger(expected) || expected < -1) {
        throw new RangeError(`invalid expected revision: ${String(expected)}`);
      }
      return expected === current;
  }
}
