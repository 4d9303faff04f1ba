import { openTestDatabase } from '@opinion/testing';
import { eventStoreModels } from './commit-model';
import { EventStore } from './event-store';
import { describeEventStoreContract } from './event-store-contract';

let db: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  db = await openTestDatabase('event-store-contract');
});
afterAll(() => db.drop());

describeEventStoreContract(
  'EventStore on the real MongoDB-wire server',
  async (options) => new EventStore(await eventStoreModels(db.connection), options),
);
