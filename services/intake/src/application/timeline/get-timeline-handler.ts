import { describeTimelineEntry, type TimelineEntry, type TimelineView } from '@opinion/contracts';
import type { GetSubmissionHandler } from '../get-submission/get-submission-handler';
import type { GetSubmissionQuery } from '../get-submission/get-submission-query';
import type { TimelineReadModel } from './timeline-read-model';

/** Events arrive from several topics in any order; they are shown by time, then stream position. */
const chronologically = (a: TimelineEntry, b: TimelineEntry) =>
  Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.streamPosition - b.streamPosition;

/** An item's timeline, to whoever may read the item itself (the same rule, the same answers). */
export class GetTimelineHandler {
  constructor(
    private readonly submissions: GetSubmissionHandler,
    private readonly timelines: TimelineReadModel,
  ) {}

  async execute(query: GetSubmissionQuery): Promise<TimelineView> {
    await this.submissions.execute(query);
    const entries = await this.timelines.entriesOf(query.submissionId);
    return {
      submissionId: query.submissionId,
      entries: entries.sort(chronologically).map((entry) => ({
        eventId: entry.eventId,
        type: entry.type,
        ...describeTimelineEntry(query.submissionId, entry),
        occurredAt: entry.occurredAt,
        actor: entry.actor,
        summary: entry.summary,
      })),
    };
  }
}
