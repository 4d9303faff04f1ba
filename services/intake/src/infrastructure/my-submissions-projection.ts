import { StreamDocumentProjection, type StreamDocument } from '@opinion/projections';
import type { Connection } from 'mongoose';
import type { EventEnvelope, SubmissionFacts } from '@opinion/contracts';
import type { MySubmissionsFeed } from '../application/list-my-submissions/my-submissions-feed';
import type { MySubmissionsReadModel } from '../application/list-my-submissions/my-submissions-read-model';
import {
  summaryOf,
  type SubmissionSummary,
} from '../application/list-my-submissions/submission-summary';
import { mySubmissionsReadModel } from '../read-models';

const COLLECTION = mySubmissionsReadModel.collection;

/** "My items": one document per submission stream, fed by the intake's own published events. */
export class MySubmissionsProjection implements MySubmissionsReadModel, MySubmissionsFeed {
  private readonly projection: StreamDocumentProjection<SubmissionFacts>;

  private constructor(private readonly connection: Connection) {
    this.projection = new StreamDocumentProjection(connection, mySubmissionsReadModel);
  }

  static async open(connection: Connection): Promise<MySubmissionsProjection> {
    await connection.collection(COLLECTION).createIndex({ 'state.participants': 1 });
    return new MySubmissionsProjection(connection);
  }

  apply(events: readonly EventEnvelope[]): Promise<void> {
    return this.projection.apply(events);
  }

  async listFor(userId: string, limit: number): Promise<SubmissionSummary[]> {
    const documents = await this.connection
      .collection<StreamDocument<SubmissionFacts>>(COLLECTION)
      .find({ 'state.participants': userId })
      // Stream ids end in UUIDv7s, so their order is the order of creation.
      .sort({ _id: -1 })
      .limit(limit)
      .toArray();
    return documents.map((document) => summaryOf(document.state));
  }
}
