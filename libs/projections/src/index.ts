export * from './fold-stream';
export * from './projection';
export * from './projection-runner';
export * from './stream-document-projection';
