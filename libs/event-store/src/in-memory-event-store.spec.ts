import { describeEventStoreContract } from './event-store-contract';
import { InMemoryEventLog, InMemoryEventStore } from './in-memory-event-store';

// Every store of the run shares one log, as stores on one database share its commits.
const log = new InMemoryEventLog();

describeEventStoreContract(
  'InMemoryEventStore',
  (options) => new InMemoryEventStore({ ...options, log }),
);
