import { describeEventStoreContract } from '../contract/event-store.contract';
import { testSchema } from './testing/pg-test-schema';

describeEventStoreContract('PostgreSQL', async () => {
  const temp = testSchema();
  return { store: await temp.open(), reopen: () => temp.open(), cleanup: temp.cleanup };
});
