import { createHash, randomUUID } from 'node:crypto';
import { EventIdTable, hashOf } from './event-id-table';

/** UUIDv5-shaped ids like the ones commands derive from natural keys (凭证号 …). */
const v5Like = (key: string) => {
  const x = createHash('sha1').update(key).digest('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-5${x.slice(13, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
};

describe('EventIdTable (event id → position, in memory)', () => {
  describe('given 50,000 ids added at positions 1…50,000 (the table grows from its first 1,024 slots)', () => {
    const table = new EventIdTable();
    const ids = Array.from({ length: 50_000 }, (_, i) => v5Like(`disbursement/426001/2023/记-${i}`));
    beforeAll(() => ids.forEach((id, i) => table.add(id, i + 1)));

    it('then every id finds its own position among its candidates', () => {
      expect(ids.every((id, i) => table.candidates(id).includes(i + 1))).toBe(true);
      expect(table.size).toBe(50_000);
    });

    it('then an id never added almost never has a candidate (each one is checked against the row anyway)', () => {
      const strangers = Array.from({ length: 50_000 }, () => randomUUID());
      const falseCandidates = strangers.reduce((n, id) => n + table.candidates(id).length, 0);
      expect(falseCandidates).toBeLessThan(5);
    });

    it('then it holds at most 24 bytes per id', () => {
      expect(table.bytes / table.size).toBeLessThanOrEqual(24);
    });
  });

  it('given room reserved for 10,000 ids, when they are added, then the table does not grow again and finds them all', () => {
    const table = new EventIdTable();
    table.reserve(10_000);
    const reserved = table.bytes;
    const ids = Array.from({ length: 10_000 }, () => randomUUID());

    ids.forEach((id, i) => table.add(id, i + 1));

    expect(table.bytes).toBe(reserved);
    expect(ids.every((id, i) => table.candidates(id).includes(i + 1))).toBe(true);
  });

  it('given two ids whose hashes collide, then both positions are candidates for either', () => {
    const table = new EventIdTable();
    const [a, b] = ['id-149599', 'id-312382']; // found by a birthday search over `id-${n}`
    expect(hashOf(a)).toBe(hashOf(b));
    table.add(a, 7);
    table.add(b, 9);

    expect(table.candidates(a).sort()).toEqual([7, 9]);
    expect(table.candidates(b).sort()).toEqual([7, 9]);
  });

  it('given time-ordered ids (UUIDv7 shares its first 48 bits within a millisecond), then they spread like random ones', () => {
    const sameMillisecond = Array.from({ length: 4096 }, (_, i) => `0190a1b2-c3d4-7${i.toString(16).padStart(3, '0')}-8000-000000000000`);
    const slots = new Set(sameMillisecond.map((id) => hashOf(id) & 4095));
    expect(slots.size).toBeGreaterThan(2400); // about 4096 × (1 − 1/e) for a uniform hash
  });

  it.each([0, -1, 1.5, 2 ** 32])('given position %p, then it is refused', (position) => {
    expect(() => new EventIdTable().add(randomUUID(), position)).toThrow(RangeError);
  });
});

