import { SharedDoorbell } from './doorbell';

describe('SharedDoorbell: a ring only while the projector may sleep, and no append left unread', () => {
  it('given a new thread, then appends ring until its projector reads', () => {
    const requests = new SharedDoorbell();
    const projector = new SharedDoorbell(requests.cells);
    expect(requests.announce()).toBe(true);
    projector.reading();
    expect(requests.announce()).toBe(false); // it is reading: it will read again before sleeping
  });

  it('given an append announced while the projector read, then it may not sleep, reads again, and sleeps after a read that found nothing', () => {
    const requests = new SharedDoorbell();
    const projector = new SharedDoorbell(requests.cells);
    projector.reading();
    expect(requests.announce()).toBe(false);
    expect(projector.maySleep()).toBe(false);
    projector.reading();
    expect(projector.maySleep()).toBe(true);
    expect(requests.announce()).toBe(true); // asleep: ring
  });

  it('given a projector sleeping for another reason (standby, retry), then appends ring', () => {
    const requests = new SharedDoorbell();
    const projector = new SharedDoorbell(requests.cells);
    projector.reading();
    projector.idle();
    expect(requests.announce()).toBe(true);
  });
});
