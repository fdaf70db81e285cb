import { NO_STREAM, START } from '@kurrent/kurrentdb-client';
import { EventStoreError } from '../errors';
import {
  ALL_EVENTS_TYPE_REGEX, EVENT_ID_INDEX_TYPE, METADATA_PROPERTY, decodeLocation, decodeMetadata, encodeLocation, encodeMetadata,
  eventIdStream, readPositionAfter, revisionMatches, streamStateFor, toPortPosition, toRevision, toStoredEvent,
} from './kurrentdb-mapping';

describe('KurrentDB adapter mappings (pure, no server)', () => {
  describe('expected revision', () => {
    it.each<[Parameters<typeof revisionMatches>[0], number, boolean]>([
      ['any', -1, true], ['any', 7, true],
      ['no_stream', -1, true], ['no_stream', 0, false],
      ['stream_exists', 0, true], ['stream_exists', -1, false],
      [-1, -1, true], [3, 3, true], [3, 4, false],
    ])('given expectation %p and head %p, then matches is %p', (expected, head, matches) => {
      expect(revisionMatches(expected, head)).toBe(matches);
    });

    it('given a malformed expectation, then it is refused, not treated as any', () => {
      expect(() => revisionMatches(-2, -1)).toThrow(RangeError);
      expect(() => revisionMatches(1.5, 1)).toThrow(RangeError);
    });

    it('given the head the adapter checked, then the stream state is NO_STREAM or the exact bigint revision', () => {
      expect(streamStateFor(-1)).toBe(NO_STREAM);
      expect(streamStateFor(0)).toBe(0n);
      expect(streamStateFor(99_999)).toBe(99_999n);
      expect(() => streamStateFor(-2)).toThrow(RangeError);
    });

    it('given bigint revisions, then they become numbers, and out-of-range ones are an error', () => {
      expect(toRevision(0n)).toBe(0);
      expect(toRevision(123_456n)).toBe(123_456);
      expect(() => toRevision(2n ** 53n)).toThrow(EventStoreError);
    });
  });

  describe('global position', () => {
    it('given an implicitly committed event (commit = prepare), then the port position is commit + 1', () => {
      expect(toPortPosition({ commit: 0n, prepare: 0n })).toBe(1);
      expect(toPortPosition({ commit: 1_234_567n, prepare: 1_234_567n })).toBe(1_234_568);
    });

    it('given positions in $all order, then the port positions are strictly increasing', () => {
      const log = [118n, 245n, 390n, 10_000_000_000n];
      const mapped = log.map((p) => toPortPosition({ commit: p, prepare: p }));
      expect(mapped).toEqual([...mapped].sort((a, b) => a - b));
      expect(new Set(mapped).size).toBe(log.length);
    });

    it('given a position beyond 2^53 or an explicit-transaction pair, then an error rather than a wrong number', () => {
      const big = BigInt(Number.MAX_SAFE_INTEGER);
      expect(() => toPortPosition({ commit: big, prepare: big })).toThrow(expect.objectContaining({ code: 'POSITION_OUT_OF_RANGE' }));
      expect(() => toPortPosition({ commit: 100n, prepare: 180n })).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_POSITION' }));
    });

    it('given a checkpoint, then the read starts at that very event (inclusive) and round-trips', () => {
      expect(readPositionAfter(0)).toBe(START);
      expect(readPositionAfter(1)).toEqual({ commit: 0n, prepare: 0n });
      const position = { commit: 4_096n, prepare: 4_096n };
      expect(readPositionAfter(toPortPosition(position))).toEqual(position);
      expect(() => readPositionAfter(-1)).toThrow(RangeError);
    });
  });

  describe('metadata', () => {
    const metadata = { actor: '张会计', unit: '426002', correlationId: 'c-1', effectiveDate: '2023-03-31', attempt: 2, tags: ['调剂'], nested: { ok: true } };

    it('given nested, non-string metadata, then it travels as one string property and comes back equal', () => {
      const encoded = encodeMetadata(metadata);
      expect(Object.values(encoded).every((v) => typeof v === 'string')).toBe(true);
      expect(decodeMetadata(encoded)).toEqual(metadata);
    });

    it('given the properties as the server returns them (JSON bytes, with its own $ keys), then the metadata is recovered', () => {
      const stored = { ...encodeMetadata(metadata), '$schema.name': 'DisbursementRecorded.v1' };
      expect(decodeMetadata(Buffer.from(JSON.stringify(stored)))).toEqual(metadata);
    });

    it('given metadata written by another tool, then its JSON object minus system keys; empty or binary gives {}', () => {
      expect(decodeMetadata({ source: 'migration', $correlationId: 'x' })).toEqual({ source: 'migration' });
      expect(decodeMetadata(new Uint8Array())).toEqual({});
      expect(decodeMetadata(Uint8Array.from([0xff, 0x00]))).toEqual({});
      expect(decodeMetadata(undefined)).toEqual({});
    });
  });

  describe('event-id index and filter', () => {
    it('given a location, then the index entry round-trips; a corrupt one is an error', () => {
      expect(eventIdStream('0d6e…')).toBe('event-id-0d6e…');
      expect(decodeLocation(JSON.parse(JSON.stringify(encodeLocation({ streamId: 'line-426001-2023-1', revision: 41 }))))).toEqual({ streamId: 'line-426001-2023-1', revision: 41 });
      expect(() => decodeLocation({ streamId: 3 })).toThrow(expect.objectContaining({ code: 'CORRUPT_EVENT_ID_INDEX' }));
    });

    it('given event types, then the $all filter keeps application events and drops system events and index entries', () => {
      const keeps = new RegExp(ALL_EVENTS_TYPE_REGEX);
      expect(['DisbursementRecorded.v1', 'AppropriationRecorded', 'EventIdIndexedLater'].every((t) => keeps.test(t))).toBe(true);
      expect(['$>', '$metadata', '$streamDeleted', EVENT_ID_INDEX_TYPE].some((t) => keeps.test(t))).toBe(false);
    });
  });

  it('given a recorded event from the client, then it becomes a StoredEvent with numbers and an ISO instant', () => {
    const created = new Date('2023-03-31T02:00:00.000Z');
    const stored = toStoredEvent({
      streamId: 'line-1', id: 'e-1', revision: 4n, type: 'DisbursementRecorded.v1', created,
      data: { amount: '12.30' }, metadata: { [METADATA_PROPERTY]: JSON.stringify({ actor: 'u' }) }, position: { commit: 99n, prepare: 99n },
    });
    expect(stored).toEqual({
      id: 'e-1', type: 'DisbursementRecorded.v1', data: { amount: '12.30' }, metadata: { actor: 'u' },
      streamId: 'line-1', revision: 4, position: 100, storedAt: '2023-03-31T02:00:00.000Z',
    });
    expect(() => toStoredEvent({ ...stored, revision: 4n, created, position: undefined })).toThrow(expect.objectContaining({ code: 'POSITION_MISSING' }));
  });
});
