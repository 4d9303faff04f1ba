/** What the specs read of GET /api/submissions/:id/timeline. */
export interface TimelineView {
  submissionId: string;
  entries: Array<{ type: string; label: string; summary: Record<string, unknown> }>;
}
