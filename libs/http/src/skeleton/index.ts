export * from './service-parts';
export * from './use-cases';
export * from './kafka-consumers';
export * from './outbox-relay-part';
