export * from './infrastructure-env';
export * from './load-config';
export * from './service-env';
