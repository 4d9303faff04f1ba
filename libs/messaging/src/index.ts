export * from './dead-letter';
export * from './consumer-lag';
export * from './dead-letter-replay';
export * from './event-consumer';
export * from './inbox';
export * from './kafka-client';
export * from './outbox-relay';
export * from './retry-policy';
