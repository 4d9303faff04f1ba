import type { EventEnvelope } from '@opinion/contracts';
import { streamIdOf } from '@opinion/event-store';
import { StreamDocumentProjection, type StreamDocument } from '@opinion/projections';
import type { Connection } from 'mongoose';
import type {
  StoredSubmission,
  SubmissionReadModel,
  SubmissionsFeed,
} from '../application/ports/submission-read-model';
import { submissionsReadModel } from '../read-models';
import type { SubmissionView } from '../read-models/submission-view';

/** One document per submission stream, folded from intake's events. */
export class MongoSubmissionReadModel implements SubmissionReadModel, SubmissionsFeed {
  private readonly projection: StreamDocumentProjection<SubmissionView>;

  private constructor(private readonly connection: Connection) {
    this.projection = new StreamDocumentProjection(connection, submissionsReadModel);
  }

  static async open(connection: Connection): Promise<MongoSubmissionReadModel> {
    await connection
      .collection(submissionsReadModel.collection)
      .createIndex({ 'state.participants': 1 });
    return new MongoSubmissionReadModel(connection);
  }

  apply(events: readonly EventEnvelope[]): Promise<void> {
    return this.projection.apply(events);
  }

  async find(submissionId: string): Promise<StoredSubmission | null> {
    const document = await this.projection.find(streamIdOf('submission', submissionId));
    return document ? { version: document.position, view: document.state } : null;
  }

  async findMany(submissionIds: readonly string[]): Promise<SubmissionView[]> {
    const documents = await this.connection
      .collection<StreamDocument<SubmissionView>>(submissionsReadModel.collection)
      .find({ _id: { $in: submissionIds.map((id) => streamIdOf('submission', id)) } })
      .toArray();
    return documents.map((document) => document.state);
  }

  async listFor(userId: string, limit: number): Promise<SubmissionView[]> {
    const documents = await this.connection
      .collection<StreamDocument<SubmissionView>>(submissionsReadModel.collection)
      .find({ 'state.participants': userId })
      // Stream ids end in UUIDv7s, so their order is the order of creation.
      .sort({ _id: -1 })
      .limit(limit)
      .toArray();
    return documents.map((document) => document.state);
  }
}
