import { UnsyncedFrom } from './unsynced-from';

const at = (...positions: number[]) => positions.map((position) => ({ position }));

describe('UnsyncedFrom: readers stop before appends that are not durable yet (ADR 0018)', () => {
  it('given nothing awaiting a sync, then the head and every event read are visible', () => {
    const unsynced = new UnsyncedFrom();

    expect(unsynced.visibleHead(9)).toBe(9);
    expect(unsynced.cut(at(7, 8, 9))).toEqual(at(7, 8, 9));
  });

  it('given a group from position 5 awaiting its sync, then the head is 4 and a read is cut before 5', () => {
    const unsynced = new UnsyncedFrom();

    unsynced.mark(5);

    expect(unsynced.visibleHead(9)).toBe(4);
    expect(unsynced.visibleHead(3)).toBe(3);
    expect(unsynced.cut(at(3, 4, 5, 6))).toEqual(at(3, 4));
    expect(unsynced.cut(at(5, 6))).toEqual([]);
    expect(unsynced.cut(at(2, 3))).toEqual(at(2, 3));
  });

  it('given the cell shared with another thread, then the mark the writer sets is what the reader sees', () => {
    const writer = new UnsyncedFrom();
    const reader = new UnsyncedFrom(writer.cell);

    writer.mark(12);
    expect(reader.visibleHead(20)).toBe(11);
    writer.mark(0);
    expect(reader.visibleHead(20)).toBe(20);
  });
});
