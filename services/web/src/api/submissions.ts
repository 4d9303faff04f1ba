import { apiGet, apiRequest } from './client';
import { newerOf } from './read-your-writes';
import type {
  RevisionComparison,
  SubmissionRequest,
  SubmissionView,
  Timeline,
  WriteAnswer,
} from './types';

const base = '/api/submissions';

/** GET /api/submissions/mine: the caller's items (submitted or co-submitted), newest first. */
export async function mySubmissions(): Promise<SubmissionView[]> {
  const answer = await apiGet<SubmissionView[] | { items: SubmissionView[] }>(`${base}/mine`);
  return Array.isArray(answer) ? answer : answer.items;
}

export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export async function submission(id: string): Promise<Versioned<SubmissionView>> {
  const { data, etag } = await apiRequest<SubmissionView>(`${base}/${id}`);
  return newerOf(id, { data, etag });
}

export const timeline = (id: string) => apiGet<Timeline>(`${base}/${id}/timeline`);

export const compareRevisions = (id: string, from?: number, to?: number) => {
  const search = new URLSearchParams();
  if (from) search.set('from', String(from));
  if (to) search.set('to', String(to));
  const query = search.toString();
  return apiGet<RevisionComparison>(`${base}/${id}/revisions/compare${query && `?${query}`}`);
};

const write = async (path: string, method: 'POST' | 'PUT', json: unknown, headers = {}) => {
  const { data, etag } = await apiRequest<WriteAnswer>(path, { method, json, ...headers });
  return { data, etag };
};

/** POST /api/submissions (直接报送); the same key for every try of one form. */
export const submitNow = (request: SubmissionRequest, idempotencyKey: string) =>
  write(base, 'POST', request, { idempotencyKey });

export const createDraft = (request: SubmissionRequest, idempotencyKey: string) =>
  write(`${base}/drafts`, 'POST', request, { idempotencyKey });

export const saveDraft = (id: string, request: SubmissionRequest, ifMatch: string | null) =>
  write(`${base}/drafts/${id}`, 'PUT', request, { ifMatch });

export const submitDraft = (id: string, ifMatch: string | null) =>
  write(`${base}/${id}/submit`, 'POST', {}, { ifMatch });

export const revise = (id: string, request: SubmissionRequest, ifMatch: string | null) =>
  write(`${base}/${id}/revisions`, 'POST', request, { ifMatch });

export const withdraw = (id: string, reason: string | undefined, ifMatch: string | null) =>
  write(`${base}/${id}/withdraw`, 'POST', reason ? { reason } : {}, { ifMatch });
