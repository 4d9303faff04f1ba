export * from './probes';
export * from './test-environment';
