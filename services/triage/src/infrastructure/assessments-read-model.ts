import { TRIAGE_CATEGORY, type EventEnvelope } from '@opinion/contracts';
import { streamCategory } from '@opinion/event-store';
import { StreamDocumentProjection, type StreamDocument } from '@opinion/projections';
import type { Connection } from 'mongoose';
import type { AssessmentsFeed } from '../application/assessments-feed';
import type { AssessmentsReadModel, LabelledItem } from '../application/ports';
import type { AssessmentView } from '../domain/assessment-view';
import type { WeeklyCount } from '../domain/hot-issues';
import { assessmentsReadModel } from '../read-models';

type Document = StreamDocument<AssessmentView>;

/**
 * `triage_assessments`: one document per triage stream, fed by triage's own published events.
 */
export class MongoAssessments implements AssessmentsReadModel, AssessmentsFeed {
  private readonly projection: StreamDocumentProjection<AssessmentView>;

  private constructor(private readonly connection: Connection) {
    this.projection = new StreamDocumentProjection(connection, assessmentsReadModel);
  }

  static async open(connection: Connection): Promise<MongoAssessments> {
    const documents = connection.collection(assessmentsReadModel.collection);
    await documents.createIndex({ 'state.orgId': 1, 'state.week': 1 });
    await documents.createIndex({ 'state.clusterId': 1 });
    return new MongoAssessments(connection);
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    const ofItems = events.filter((event) => streamCategory(event.streamId) === TRIAGE_CATEGORY);
    if (ofItems.length > 0) await this.projection.apply(ofItems);
  }

  private get documents() {
    return this.connection.collection<Document>(assessmentsReadModel.collection);
  }

  async find(itemId: string): Promise<{ view: AssessmentView; version: number } | null> {
    const document = await this.projection.find(`${TRIAGE_CATEGORY}-${itemId}`);
    return document && { view: document.state, version: document.position };
  }

  clusterSize(clusterId: string): Promise<number> {
    return this.documents.countDocuments({ 'state.clusterId': clusterId });
  }

  async weeklyCounts(orgId: string, fromWeek: number): Promise<WeeklyCount[]> {
    const groups = await this.documents
      .aggregate<{ _id: { clusterId: string; week: number }; count: number }>([
        { $match: { 'state.orgId': orgId, 'state.week': { $gte: fromWeek } } },
        {
          $group: {
            _id: { clusterId: '$state.clusterId', week: '$state.week' },
            count: { $sum: 1 },
          },
        },
      ])
      .toArray();
    return groups.map(({ _id, count }) => ({ ..._id, count }));
  }

  async clusterSizes(orgId: string, clusterIds: readonly string[]): Promise<Map<string, number>> {
    if (clusterIds.length === 0) return new Map();
    const groups = await this.documents
      .aggregate<{ _id: string; size: number }>([
        // The clusters first, alone: the stage an index serves on SecantusDB too (ADR 0010).
        { $match: { 'state.clusterId': { $in: [...clusterIds] } } },
        { $match: { 'state.orgId': orgId } },
        { $group: { _id: '$state.clusterId', size: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(groups.map(({ _id, size }) => [_id, size]));
  }

  corrections(orgId: string | null, limit: number): Promise<LabelledItem[]> {
    return this.labelled({ 'state.correction': { $ne: null } }, orgId, limit);
  }

  uncorrected(orgId: string | null, limit: number): Promise<LabelledItem[]> {
    return this.labelled({ 'state.correction': null, 'state.label': { $ne: null } }, orgId, limit);
  }

  private async labelled(
    filter: Record<string, unknown>,
    orgId: string | null,
    limit: number,
  ): Promise<LabelledItem[]> {
    const documents = await this.documents
      .find({ ...filter, ...(orgId === null ? {} : { 'state.orgId': orgId }) } as never)
      .project<{ state: { itemId: string; label: string } }>({
        'state.itemId': 1,
        'state.label': 1,
      })
      // Stream ids end in UUIDv7s: newest first.
      .sort({ _id: -1 })
      .limit(limit)
      .toArray();
    return documents.map(({ state }) => ({ itemId: state.itemId, label: state.label }));
  }
}
