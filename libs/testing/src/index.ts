export * from './probes';
export * from './test-environment';
export * from './mongo-test-database';
