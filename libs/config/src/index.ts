export * from './infrastructure-env';
export * from './load-config';
