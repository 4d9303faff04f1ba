export * from './commit-document';
export * from './commit-feed';
export * from './commit-model';
export * from './commit-sequence';
export * from './errors';
export * from './event-store';
export * from './stream-id';
export * from './to-envelope';
