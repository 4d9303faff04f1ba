import { Schema, type Connection, type Model } from 'mongoose';

interface InboxDocument {
  _id: string;
  processedAt: Date;
}

const inboxSchema = new Schema<InboxDocument>(
  { _id: String, processedAt: Date },
  { versionKey: false },
);

/**
 * The event ids a consumer group has processed. Kafka delivers at least once; a handler whose
 * effect is not idempotent by itself checks the inbox first and records the id after success.
 */
export class Inbox {
  private constructor(
    private readonly model: Model<InboxDocument>,
    private readonly groupId: string,
  ) {}

  static async open(connection: Connection, groupId: string): Promise<Inbox> {
    const model =
      (connection.models.inbox as Model<InboxDocument> | undefined) ??
      connection.model<InboxDocument>('inbox', inboxSchema, 'consumer_inbox');
    await model.init();
    return new Inbox(model, groupId);
  }

  async has(eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: this.key(eventId) })) !== null;
  }

  async record(eventId: string): Promise<void> {
    await this.model.updateOne(
      { _id: this.key(eventId) },
      { $setOnInsert: { processedAt: new Date() } },
      { upsert: true },
    );
  }

  private key(eventId: string): string {
    return `${this.groupId}:${eventId}`;
  }
}
