import { StreamQueue } from './stream-queue';

/** A gate a test opens by hand: work that waits on it stays running until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { open, opened };
}

describe('StreamQueue: commands on one stream, one after another', () => {
  it('given a command running on a stream, when another arrives on it, then it starts only after the first has finished', async () => {
    const queue = new StreamQueue();
    const order: string[] = [];
    const first = gate();
    const a = queue.run(['line-1'], async () => { order.push('a starts'); await first.opened; order.push('a ends'); });
    const b = queue.run(['line-1'], async () => { order.push('b starts'); });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b starts']);
    expect(queue.busyStreams).toBe(0);
  });

  it('given a command running on one stream, when another arrives on a different stream, then it runs at once', async () => {
    const queue = new StreamQueue();
    const first = gate();
    const a = queue.run(['line-1'], () => first.opened);
    await expect(queue.run(['line-2'], async () => 'done')).resolves.toBe('done');
    first.open();
    await a;
  });

  it('given two multi-stream commands on overlapping streams in opposite order, when they run, then both finish (no cycle)', async () => {
    const queue = new StreamQueue();
    const order: string[] = [];
    const first = gate();
    const a = queue.run(['line-1', 'line-2'], async () => { await first.opened; order.push('a'); });
    const b = queue.run(['line-2', 'line-1'], async () => { order.push('b'); });
    const c = queue.run(['line-1'], async () => { order.push('c'); });
    first.open();
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('given a command that fails, when the next one on its stream runs, then it is not blocked and sees its own result', async () => {
    const queue = new StreamQueue();
    const failed = queue.run(['line-1'], async () => { throw new Error('refused'); });
    const next = queue.run(['line-1'], async () => 'recorded');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('recorded');
    expect(queue.busyStreams).toBe(0);
  });

  it('given work inside a command on a stream it holds, when it asks for that stream again, then it runs without waiting for itself', async () => {
    const queue = new StreamQueue();
    const result = await queue.run(['line-1'], () => queue.run(['line-1', 'year-2023'], async () => 'nested'));
    expect(result).toBe('nested');
  });
});
