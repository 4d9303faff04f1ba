export * from './service-parts';
export * from './use-cases';
