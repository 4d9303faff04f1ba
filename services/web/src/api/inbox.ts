import { apiGet, queryString } from './client';
import type { InboxPage } from './types';

export interface InboxFilters {
  status?: string;
  label?: string;
  sourceType?: string;
  /** ISO dates. */
  from?: string;
  to?: string;
  q?: string;
  duplicatesOnly?: boolean;
}

export const INBOX_PAGE_SIZE = 20;

/** GET /api/inbox: the committee's items, newest first, a page at a time (cursor). */
export const inbox = (filters: InboxFilters, cursor: string | null) =>
  apiGet<InboxPage>(
    `/api/inbox${queryString({
      status: filters.status,
      label: filters.label,
      sourceType: filters.sourceType,
      from: filters.from,
      to: filters.to,
      q: filters.q?.trim(),
      duplicates: filters.duplicatesOnly ? 'only' : undefined,
      limit: INBOX_PAGE_SIZE,
      cursor,
    })}`,
  );
