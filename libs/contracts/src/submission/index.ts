export * from './events';
export * from './fields';
export * from './register';
export * from './requests';
export * from './screening-events';
export * from './validation-messages';
export * from './submission-facts';
