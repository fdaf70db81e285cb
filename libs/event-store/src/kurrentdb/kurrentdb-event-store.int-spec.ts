import { describeEventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/*
 * The contract suite against a real KurrentDB (25.1 or later), e.g.
 *   KURRENTDB_URL='kurrentdb://localhost:2113?tls=false' npx jest libs/event-store/src/kurrentdb
 * Tests use fresh stream ids and positions relative to the head, so a shared dev server is fine.
 * Nothing fakes a server: without KURRENTDB_URL the suite is reported as skipped, with the reason.
 */
const url = process.env.KURRENTDB_URL;

if (url) {
  jest.setTimeout(120_000);
  describeEventStoreContract(`KurrentDB (${url.replace(/\/\/[^@/]*@/, '//***@')})`, async () => {
    const opened: KurrentDbEventStore[] = [];
    const open = () => {
      const store = KurrentDbEventStore.connect({ connectionString: url });
      opened.push(store);
      return store;
    };
    return {
      store: open(),
      reopen: async () => open(),
      cleanup: async () => { for (const store of opened) await store.close(); },
    };
  });
} else {
  const reason = 'KurrentDB contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server can run on this machine)';
  // Jest prints no titles for a wholly skipped file, so the reason is also written where every run shows it
  process.stderr.write(`${reason}\n`);
  describe.skip(reason, () => {
    it('runs the EventStore contract against KurrentDB when KURRENTDB_URL is set', () => undefined);
  });
}
