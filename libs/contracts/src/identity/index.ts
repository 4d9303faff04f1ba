export * from './events';
export * from './fields';
export * from './register';
export * from './requests';
export * from './validation-messages';
