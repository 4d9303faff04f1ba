export * from './body-parser-errors';
export * from './open-api';
export * from './pino-nest-logger';
export * from './request-validation';
