import { newId } from '@opinion/contracts';
import { mongo, type Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IndexSnapshots, SnapshotInfo, SnapshotToSave } from '../application/ports';

const MANIFESTS = 'triage_index_snapshots';
const CHUNKS = 'triage_index_snapshot_chunks';
/** Bytes per chunk document: well under MongoDB's 16 MiB document limit. */
const CHUNK_BYTES = 8 * 1024 * 1024;

const manifestSchema = z.object({
  _id: z.string().min(1),
  format: z.number().int(),
  position: z.number().int().min(0),
  items: z.number().int().min(0),
  bytes: z.number().int().min(0),
  chunks: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** `complete` only once every chunk is stored: a crash mid-write leaves `writing`. */
  state: z.enum(['writing', 'complete']),
  createdAt: z.date(),
});
type Manifest = z.infer<typeof manifestSchema>;

const chunkSchema = z.object({
  _id: z.string(),
  snapshotId: z.string(),
  n: z.number().int().min(0),
  // The driver reads binary fields back as BSON Binary.
  bytes: z.instanceof(mongo.Binary).transform((binary) => binary.buffer),
});

interface ChunkDocument {
  _id: string;
  snapshotId: string;
  n: number;
  bytes: mongo.Binary;
}

const chunkId = (snapshotId: string, n: number) => `${snapshotId}/${n}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Index snapshots in two collections. A manifest per snapshot
 * is inserted as `writing`, its bytes follow as chunk documents, and only then is it marked
 * `complete`, so a crash mid-write leaves the previous snapshot the newest complete one. One
 * writer (one active instance), so the update by `_id` alone cannot lose a concurrent write.
 */
export class MongoIndexSnapshots implements IndexSnapshots {
  private constructor(
    private readonly connection: Connection,
    private readonly keep: number,
  ) {}

  static async open(connection: Connection, keep: number): Promise<MongoIndexSnapshots> {
    // Serves the read of one snapshot's chunks.
    await connection.collection(CHUNKS).createIndex({ snapshotId: 1, n: 1 }, { unique: true });
    return new MongoIndexSnapshots(connection, keep);
  }

  private get manifests() {
    return this.connection.collection<Manifest>(MANIFESTS);
  }

  private get chunks() {
    return this.connection.collection<ChunkDocument>(CHUNKS);
  }

  async save(snapshot: SnapshotToSave): Promise<SnapshotInfo> {
    const { bytes, ...described } = snapshot;
    const manifest: Manifest = {
      _id: newId(),
      ...described,
      bytes: bytes.byteLength,
      chunks: Math.ceil(bytes.byteLength / CHUNK_BYTES),
      sha256: sha256(bytes),
      state: 'writing',
      createdAt: new Date(),
    };
    await this.manifests.insertOne(manifest);
    for (let n = 0; n < manifest.chunks; n++) {
      await this.chunks.insertOne({
        _id: chunkId(manifest._id, n),
        snapshotId: manifest._id,
        n,
        bytes: new mongo.Binary(bytes.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES)),
      });
    }
    const marked = await this.manifests.updateOne(
      { _id: manifest._id },
      { $set: { state: 'complete' } },
    );
    if (marked.matchedCount !== 1)
      throw new Error(`snapshot ${manifest._id} vanished while written`);
    return info({ ...manifest, state: 'complete' });
  }

  async list(): Promise<SnapshotInfo[]> {
    return (await this.allManifests())
      .filter((manifest) => manifest.state === 'complete')
      .map(info);
  }

  async load(snapshot: SnapshotInfo): Promise<Uint8Array> {
    const manifest = manifestSchema.parse(await this.manifests.findOne({ _id: snapshot.id }));
    // One query for all chunks, put in order here.
    const chunks = (await this.chunks.find({ snapshotId: manifest._id }).toArray())
      .map((document) => chunkSchema.parse(document))
      .sort((a, b) => a.n - b.n);
    if (chunks.length !== manifest.chunks || chunks.some((chunk, n) => chunk.n !== n)) {
      throw new Error(`snapshot ${manifest._id} has ${chunks.length} of ${manifest.chunks} chunks`);
    }
    const bytes = new Uint8Array(manifest.bytes);
    let at = 0;
    for (const chunk of chunks) {
      if (at + chunk.bytes.byteLength > bytes.byteLength) break;
      bytes.set(chunk.bytes, at);
      at += chunk.bytes.byteLength;
    }
    if (at !== manifest.bytes || sha256(bytes) !== manifest.sha256) {
      throw new Error(`snapshot ${manifest._id} does not match its size and checksum`);
    }
    return bytes;
  }

  async prune(): Promise<void> {
    const manifests = await this.allManifests();
    const kept = manifests.filter((manifest) => manifest.state === 'complete').slice(0, this.keep);
    if (kept.length === 0) return;
    // Unfinished snapshots older than the newest complete one were left by a crash.
    const dropped = manifests.filter(
      (manifest) =>
        !kept.includes(manifest) &&
        (manifest.state === 'complete' || manifest.createdAt < kept[0].createdAt),
    );
    for (const manifest of dropped) {
      // Chunks first: after a crash in between, the manifest is still there for the next prune.
      for (let n = 0; n < manifest.chunks; n++) {
        await this.chunks.deleteOne({ _id: chunkId(manifest._id, n) });
      }
      await this.manifests.deleteOne({ _id: manifest._id });
    }
  }

  /** Every readable manifest, newest first (a handful: read whole, sorted here). */
  private async allManifests(): Promise<Manifest[]> {
    return (await this.manifests.find({}).toArray())
      .flatMap((document) => {
        const parsed = manifestSchema.safeParse(document);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => b.position - a.position || b.createdAt.getTime() - a.createdAt.getTime());
  }
}

function info(manifest: Manifest): SnapshotInfo {
  const { _id, format, position, items, bytes, createdAt } = manifest;
  return { id: _id, format, position, items, bytes, createdAt };
}
