export * from './entries';
export * from './labels';
