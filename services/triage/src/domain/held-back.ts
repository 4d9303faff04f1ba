import { createHash } from 'node:crypto';

/** One correction in five is held back from training and used to score the models. */
const HELD_BACK_ONE_IN = 5;

/**
 * Whether an item's correction is held back: decided by a hash of its id, so the slice is the
 * same at every run and an item never moves between training and scoring.
 */
export const isHeldBack = (itemId: string): boolean =>
  createHash('sha256').update(itemId).digest().readUInt32BE(0) % HELD_BACK_ONE_IN === 0;

/** Splits rows into those to train on and those held back to score. */
export function splitHeldBack<Row extends { itemId: string }>(
  rows: readonly Row[],
): { training: Row[]; heldBack: Row[] } {
  const training: Row[] = [];
  const heldBack: Row[] = [];
  for (const row of rows) (isHeldBack(row.itemId) ? heldBack : training).push(row);
  return { training, heldBack };
}
