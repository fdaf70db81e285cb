/**
 * Event id → position, in memory: an open-addressing hash table over one Uint32Array, 8 bytes a slot
 * (a 32-bit hash of the id and the position), about 11–22 bytes per stored event.
 *
 * It answers "which positions might hold this id": a slot keeps only a hash, so a candidate is confirmed by
 * reading the row at its position (a primary-key read). Ids not stored (the hot path: a new event) are
 * answered without touching the database. This is what replaces a unique index on the random UUIDv5 ids,
 * whose every insert dirtied a random B-tree page (ADR 0018).
 */
export class EventIdTable {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const capacity = capacityFor(expected);
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Memory held by the table, for diagnostics. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  /** Makes room for `expected` ids at once, so that loading them does not re-place them at every doubling. */
  reserve(expected: number): void {
    while ((this.mask + 1) * 3 < expected * 4) this.grow();
  }

  add(id: string, position: number): void {
    if (!Number.isInteger(position) || position < 1 || position > 0xffff_ffff) {
      throw new RangeError(`event position ${position} is outside 1…2^32-1`);
    }
    if ((this.count + 1) * 4 > (this.mask + 1) * 3) this.grow();
    this.place(hashOf(id), position);
    this.count++;
  }

  /** Positions whose id hashes like `id`: almost always none, or the one that holds it. */
  candidates(id: string): number[] {
    const hash = hashOf(id);
    const found: number[] = [];
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const position = this.slots[slot * 2 + 1];
      if (position === 0) return found;
      if (this.slots[slot * 2] === hash) found.push(position);
    }
  }

  private place(hash: number, position: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = position;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] !== 0) this.place(old[i], old[i + 1]);
    }
  }
}

function capacityFor(expected: number): number {
  let capacity = 1024;
  while (capacity * 3 < Math.max(1, expected) * 4) capacity *= 2;
  return capacity;
}

/** FNV-1a over the UTF-16 code units, then murmur3's finalizer: ids may be any string, UUIDv7 included. */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
