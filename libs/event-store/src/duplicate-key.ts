const DUPLICATE_KEY = 11000;

/**
 * The fields of the unique index that refused a write, or undefined when the error is not a
 * duplicate key. MongoDB and SecantusDB both name the index's keys in `keyPattern`.
 */
export function duplicateKeyFields(error: unknown): string[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, keyPattern } = error as { code?: number; keyPattern?: Record<string, unknown> };
  if (code !== DUPLICATE_KEY) return undefined;
  return Object.keys(keyPattern ?? {});
}
