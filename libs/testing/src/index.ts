export * from './probes';
export * from './test-environment';
export * from './mongo-test-database';
export * from './note-fixtures';
export * from './kafka-test-helpers';
export * from './note-test-bed';
export * from './query-plans';
