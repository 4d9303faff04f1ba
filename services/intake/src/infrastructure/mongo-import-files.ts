import { mongo, type Collection, type Connection } from 'mongoose';
import type { ImportFiles } from '../application/import/import-ports';

interface FileDocument {
  _id: string;
  content: mongo.Binary;
  storedAt: Date;
}

/**
 * Uploads as one document each: INTAKE_IMPORT_LIMIT keeps them under MongoDB's 16 MB document
 * limit, and they are removed once their import has finished.
 */
export class MongoImportFiles implements ImportFiles {
  private readonly files: Collection<FileDocument>;

  constructor(connection: Connection) {
    this.files = connection.collection<FileDocument>('intake_import_files');
  }

  async save(importId: string, content: Buffer): Promise<void> {
    await this.files.insertOne({
      _id: importId,
      content: new mongo.Binary(content),
      storedAt: new Date(),
    });
  }

  async load(importId: string): Promise<Buffer | null> {
    const document = await this.files.findOne({ _id: importId });
    return document ? Buffer.from(document.content.buffer) : null;
  }

  async remove(importId: string): Promise<void> {
    await this.files.deleteOne({ _id: importId });
  }
}
