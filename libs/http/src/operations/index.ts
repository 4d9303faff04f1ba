export * from './operations.module';
export * from './probes';
export * from './relay-metrics';
export * from './service-metrics';
