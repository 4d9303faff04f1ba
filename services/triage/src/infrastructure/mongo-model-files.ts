import { decodeModel, encodeModel, type ClassifierModel } from '@opinion/text';
import { mongo, type Connection } from 'mongoose';
import type { ModelFiles } from '../application/ports';

const COLLECTION = 'triage_models';

interface ModelDocument {
  _id: string;
  scope: string;
  /** The gzipped, quantised model file (encodeModel), well under MongoDB's 16 MB. */
  bytes: Buffer | mongo.Binary;
  savedAt: Date;
}

/** Adopted models' bytes, by model id; written before the model-adopted event names them. */
export class MongoModelFiles implements ModelFiles {
  constructor(private readonly connection: Connection) {}

  private get documents() {
    return this.connection.collection<ModelDocument>(COLLECTION);
  }

  async save(modelId: string, scope: string, model: ClassifierModel): Promise<void> {
    await this.documents.insertOne({
      _id: modelId,
      scope,
      bytes: encodeModel(model),
      savedAt: new Date(),
    });
  }

  async load(modelId: string): Promise<ClassifierModel> {
    const document = await this.documents.findOne({ _id: modelId });
    if (!document) throw new Error(`model ${modelId} is not stored`);
    const { bytes } = document;
    // The driver reads binary fields back as BSON Binary.
    return decodeModel(bytes instanceof mongo.Binary ? bytes.buffer : bytes);
  }
}
