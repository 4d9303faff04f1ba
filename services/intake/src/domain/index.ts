export * from './decide';
export * from './evolve';
export * from './permissions';
export * from './submission-commands';
export * from './submission-errors';
export * from './submission-state';
