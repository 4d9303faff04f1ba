import { apiGet, apiRequest, queryString } from './client';
import type { HotIssues, SimilarAnswer, Taxonomy, TriageAssessment } from './types';

/** POST /triage/similar: items like the text being written, as far as the caller may see. */
export const similarItems = (title: string | undefined, body: string, signal?: AbortSignal) =>
  apiRequest<SimilarAnswer>('/triage/similar', {
    method: 'POST',
    json: { ...(title && { title }), body, limit: 5 },
    signal,
  }).then((answer) => answer.data);

export async function assessment(id: string) {
  const { data, etag } = await apiRequest<TriageAssessment>(`/triage/items/${id}`);
  return { data, etag };
}

export const correctClassification = (id: string, label: string, ifMatch: string | null) =>
  apiRequest<TriageAssessment>(`/triage/items/${id}/classification`, {
    method: 'POST',
    json: { label },
    ifMatch,
  });

export const hotIssues = (weeks: number, limit = 20) =>
  apiGet<HotIssues>(`/triage/hot-issues${queryString({ weeks, limit })}`);

export async function taxonomy(orgId: string) {
  const { data, etag } = await apiRequest<Taxonomy>(`/triage/taxonomies/${orgId}`);
  return { data, etag };
}

export const defineTaxonomy = (
  orgId: string,
  definition: Pick<Taxonomy, 'labels' | 'mapping'>,
  ifMatch: string | null,
) =>
  apiRequest<Taxonomy>(`/triage/taxonomies/${orgId}`, {
    method: 'PUT',
    json: definition,
    ifMatch,
  });
