import type { EventStore } from '@opinion/event-store';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Projection } from './projection';

interface CheckpointDocument {
  _id: string;
  globalPosition: number;
  updatedAt: Date;
}

const checkpointSchema = new Schema<CheckpointDocument>(
  { _id: String, globalPosition: Number, updatedAt: Date },
  { versionKey: false },
);

export async function checkpointModel(connection: Connection): Promise<Model<CheckpointDocument>> {
  const model =
    (connection.models.checkpoint as Model<CheckpointDocument> | undefined) ??
    connection.model<CheckpointDocument>('checkpoint', checkpointSchema, 'projection_checkpoints');
  await model.init();
  return model;
}

/**
 * Feeds a projection from the event store, page by page in global order, saving a checkpoint
 * after each page so an interrupted run resumes. Live updates come over Kafka; this runner is
 * for catching up and for rebuilds.
 */
export class ProjectionRunner {
  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: Model<CheckpointDocument>,
    private readonly projection: Projection,
    private readonly pageSize = 2_000,
  ) {}

  async checkpoint(): Promise<number> {
    return (await this.checkpoints.findById(this.projection.name).lean())?.globalPosition ?? 0;
  }

  /** Applies every stored event after the checkpoint; returns how many were applied. */
  async catchUp(): Promise<number> {
    let applied = 0;
    // One cursor to the end of the log (EventStore.replay), a checkpoint after each page.
    for await (const page of this.store.replay((await this.checkpoint()) + 1, this.pageSize, {
      categories: this.projection.categories,
    })) {
      if (page.length === 0) continue;
      await this.projection.apply(page);
      applied += page.length;
      await this.checkpoints.updateOne(
        { _id: this.projection.name },
        { $set: { globalPosition: page.at(-1)!.globalPosition!, updatedAt: new Date() } },
        { upsert: true },
      );
    }
    return applied;
  }

  /** Drops the read model and builds it again from the first event. */
  async rebuild(): Promise<number> {
    await this.projection.reset();
    await this.checkpoints.deleteOne({ _id: this.projection.name });
    return this.catchUp();
  }
}
