export * from './fold-stream';
export * from './projection';
export * from './projection-runner';
export * from './stream-document-projection';
export * from './read-model-definition';
export * from './rebuild-read-model';
export * from './condition-index';
export * from './in-memory-stream-document-projection';
