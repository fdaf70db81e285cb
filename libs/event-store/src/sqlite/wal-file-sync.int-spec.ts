import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WalFileSync } from './wal-file-sync';

describe('WalFileSync: the group commit\'s fdatasync off the event loop (ADR 0018)', () => {
  let dir: string;
  let wal: WalFileSync;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wal-file-sync-'));
  });
  afterEach(async () => {
    await wal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a sync running, when three more callers ask, then they share the one sync that starts after it', async () => {
    const path = join(dir, 'events.db-wal');
    writeFileSync(path, 'frames');
    wal = new WalFileSync(path);

    const running = wal.sync();
    const asked = [wal.sync(), wal.sync(), wal.sync()];
    await Promise.all([running, ...asked]);

    expect(asked[1]).toBe(asked[0]);
    expect(asked[2]).toBe(asked[0]);
    expect(asked[0]).not.toBe(running);
    expect(wal.stats.syncs).toBe(2);
  });

  it('given a sync asked after the last one ended, then it starts its own', async () => {
    const path = join(dir, 'events.db-wal');
    writeFileSync(path, 'frames');
    wal = new WalFileSync(path);

    await wal.sync();
    await wal.sync();

    expect(wal.stats.syncs).toBe(2);
  });

  it('given no such file, then the sync fails with the error of the file system, and succeeds once the file is there', async () => {
    const path = join(dir, 'missing.db-wal');
    wal = new WalFileSync(path);

    await expect(wal.sync()).rejects.toMatchObject({ code: 'ENOENT' });
    writeFileSync(path, 'frames');
    await wal.sync();

    expect(wal.stats.syncs).toBe(1);
  });
});
