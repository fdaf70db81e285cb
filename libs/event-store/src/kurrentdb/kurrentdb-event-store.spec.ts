import { KurrentDbEventStore } from './kurrentdb-event-store';

// The client connects lazily, so the adapter's own guards are testable without a server.
describe('KurrentDbEventStore without a server', () => {
  it('given a closed store, then it is unhealthy, every operation rejects with STORE_CLOSED, and closing again is harmless', async () => {
    const store = KurrentDbEventStore.connect({ connectionString: 'kurrentdb://127.0.0.1:1?tls=false' });
    await store.close();

    expect(await store.healthy()).toBe(false);
    await expect(store.append('line-1', [], 'any')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    await expect(store.readAll()).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    await expect(store.findEvent('x')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    expect(() => store.subscribe(() => undefined)).toThrow(expect.objectContaining({ code: 'STORE_CLOSED' }));
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('given a malformed connection string, then connecting fails at once', () => {
    expect(() => KurrentDbEventStore.connect({ connectionString: 'http://localhost:2113' })).toThrow();
  });

  it('given the package index, when it is imported, then the KurrentDB client is loaded only by connectKurrentDb', () => {
    jest.isolateModules(() => {
      jest.doMock('@kurrent/kurrentdb-client', () => { throw new Error('the KurrentDB client was loaded'); });
      const index = require('../index') as typeof import('../index');

      expect(typeof index.SqliteEventStore.open).toBe('function');
      expect(() => index.connectKurrentDb({ connectionString: 'kurrentdb://127.0.0.1:1?tls=false' })).toThrow('the KurrentDB client was loaded');
    });
  });
});
