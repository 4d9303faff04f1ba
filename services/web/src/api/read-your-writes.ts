import { ApiError } from './errors';
import type { SubmissionView } from './types';

/**
 * The gateway's read model follows intake's events a moment behind, so an item just written may
 * answer 404 for a second or two: ask again a few times before believing it.
 */
export const freshItemQuery = {
  retry: (count: number, error: unknown) =>
    error instanceof ApiError && error.status === 404 ? count < 5 : count < 2,
  retryDelay: (count: number) => Math.min(500 * 2 ** count, 3000),
};

interface Written {
  data: SubmissionView;
  etag: string | null;
}

/** Items this page changed, as the write made them, until the read model has caught up. */
const written = new Map<string, Written>();

const versionOf = (etag: string | null): number => Number(etag?.replace(/\D/g, '') || 0);

/** After a write: the item as it now is (the write's ETag is the item's new version). */
export function rememberWrite(id: string, data: SubmissionView, etag: string | null): void {
  written.set(id, { data, etag });
}

/** The answer of GET /api/submissions/:id, or what this page wrote when that is newer. */
export function newerOf(id: string, fetched: Written): Written {
  const mine = written.get(id);
  if (!mine) return fetched;
  if (versionOf(fetched.etag) >= versionOf(mine.etag)) {
    written.delete(id);
    return fetched;
  }
  return mine;
}
