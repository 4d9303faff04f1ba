export * from './envelope';
export * from './event-registry';
export * from './ids';
export * from './topics';
export * from './submission';
export * from './identity';
export * from './triage';
export * from './timeline';
