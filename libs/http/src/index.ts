export * from './body-parser-errors';
export * from './open-api';
export * from './pino-nest-logger';
export * from './request-validation';
export * from './http-error-filter';
export * from './identity';
export * from './operations';
export * from './service-logger';
