export * from './events';
export * from './register';
export * from './requests';
export * from './taxonomy-messages';
