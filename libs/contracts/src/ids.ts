import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7) for events, correlations and new aggregates. */
export const newId = (): string => v7();
