import type { EventStore } from '../event-store.port';
import { describeAppendContract } from './append.contract';
import type { ContractContext, ContractFactory, ContractFixture } from './contract-helpers';
import { describeIdempotencyContract } from './idempotency.contract';
import { describeReadContract } from './read.contract';
import { describeSubscriptionContract } from './subscription.contract';

export type { ContractFactory, ContractFixture } from './contract-helpers';

/**
 * The behaviour every EventStore adapter must have. Call it from an adapter's integration spec:
 *
 *   describeEventStoreContract('SQLite', async () => ({ store, reopen, cleanup }));
 *
 * The factory runs before each test (a fresh store per test where cheap); `reopen` opens a store on the
 * same data after the test closed the current one; `cleanup` closes whatever is still open and removes
 * the data. Tests use unique stream ids and positions relative to `headPosition()`, so an adapter
 * backed by a shared server can run them too; they do assume no other writer during a test.
 */
export function describeEventStoreContract(adapterName: string, factory: ContractFactory): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let fixture: ContractFixture | undefined;
    let current: EventStore | undefined;

    const ctx: ContractContext = {
      get store(): EventStore {
        if (!current) throw new Error('the contract fixture is not set up');
        return current;
      },
      async reopen(): Promise<EventStore> {
        if (!fixture) throw new Error('the contract fixture is not set up');
        current = await fixture.reopen();
        return current;
      },
    };

    beforeEach(async () => {
      fixture = await factory();
      current = fixture.store;
    });

    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
      current = undefined;
    });

    describeAppendContract(ctx);
    describeIdempotencyContract(ctx);
    describeReadContract(ctx);
    describeSubscriptionContract(ctx);
  });
}
