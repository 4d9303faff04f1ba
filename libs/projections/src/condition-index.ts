import type { mongo } from 'mongoose';

/**
 * An index that a conditional write (`{_id, version}` and the like) needs on SecantusDB, whose
 * planner uses an index only when it holds every field of the filter (ADR 0010); MongoDB would
 * use `_id` alone. Created once, before the first such write.
 */
export function conditionIndex(
  collection: { createIndex(keys: mongo.IndexSpecification): Promise<string> },
  keys: mongo.IndexSpecification,
): () => Promise<void> {
  let created: Promise<string> | undefined;
  return async () => {
    await (created ??= collection.createIndex(keys));
  };
}
