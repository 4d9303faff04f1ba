import { newId } from '@opinion/contracts';
import type { CommitDocument, EventStoreModels } from '@opinion/event-store';
import { noteMetadata, noteWritten } from '@opinion/testing';
import mongoose from 'mongoose';

/** The event types' context: `bench.note.written`, registered by `noteRegistry(CONTEXT)`. */
export const CONTEXT = 'bench';
export const CATEGORY = 'note';

/** Commits per filled stream: each stream's commits are spread over the whole log. */
export const FILL_COMMITS_PER_STREAM = 5;
const FILL_BATCH = 1_000;

const PASSAGE =
  '关于加强社区居家养老服务的建议。近年来，我市老年人口持续增加，高龄、失能和空巢老人比例上升，' +
  '居家养老服务需求日益迫切。调研发现，部分社区养老服务站点设施简陋、专业护理人员不足，助餐、助浴、' +
  '助医等服务覆盖面不广，服务质量参差不齐；政府购买服务的资金拨付周期较长，社会力量参与的积极性不高。' +
  '建议一是统筹规划社区养老服务设施，新建小区按标准配建，老旧小区通过购置、租赁等方式补齐；二是加强' +
  '养老护理人才队伍建设，完善培训补贴和岗位激励政策；三是建立服务质量评估和群众评价机制，定期公开' +
  '评估结果；四是优化资金拨付流程，鼓励企业、社会组织和志愿者参与，形成多方协同的居家养老服务格局。';

/** Chinese text of `chars` characters, different for each `seed`. */
function chineseText(seed: number, chars: number): string {
  const head = `第${seed}号：`;
  let text = head;
  while (text.length < chars) text += PASSAGE;
  return text.slice(0, chars);
}

/** Makes note texts long enough that a one-event commit is about `commitBytes` of BSON. */
export class NoteTexts {
  private readonly chars: number;

  constructor(commitBytes: number) {
    const bare = mongoose.mongo.BSON.calculateObjectSize(fillCommit(1, 1, 1, ''));
    // Most of these characters take 3 bytes in UTF-8.
    this.chars = Math.max(1, Math.round((commitBytes - bare) / 3));
  }

  text(seed: number): string {
    return chineseText(seed, this.chars);
  }
}

export const fillStreamId = (stream: number) => `${CATEGORY}-fill${stream}`;

/** A commit document as EventStore.append writes it: one event, one position. */
function fillCommit(
  position: number,
  stream: number,
  fromPosition: number,
  text: string,
): CommitDocument {
  const event = noteWritten(text, CONTEXT);
  return {
    position,
    streamId: fillStreamId(stream),
    category: CATEGORY,
    fromPosition,
    toPosition: fromPosition,
    recordedAt: new Date(),
    events: [
      {
        eventId: newId(),
        type: event.type,
        version: event.version,
        streamPosition: fromPosition,
        actor: noteMetadata.actor,
        correlationId: noteMetadata.correlationId,
        causationId: noteMetadata.causationId,
        data: event.data,
      },
    ],
  };
}

/** How a log of `size` commits is laid out: streams of a few commits, interleaved. */
export const fillStreams = (size: number) => Math.ceil(size / FILL_COMMITS_PER_STREAM);

/**
 * Writes positions 1..size straight into the commit collections with insertMany (commit at
 * position p belongs to stream (p - 1) mod streams, so a stream's commits lie far apart in the
 * log) and sets each log's position counter to `size`, so the store's next append takes size + 1.
 */
export async function fillLog(
  logs: readonly EventStoreModels[],
  size: number,
  texts: NoteTexts,
): Promise<{ seconds: number; meanBytes: number }> {
  const streams = fillStreams(size);
  const start = performance.now();
  let bytes = 0;
  for (let first = 1; first <= size; first += FILL_BATCH) {
    const batch: CommitDocument[] = [];
    for (let position = first; position < Math.min(first + FILL_BATCH, size + 1); position += 1) {
      const stream = (position - 1) % streams;
      const fromPosition = Math.floor((position - 1) / streams) + 1;
      batch.push(fillCommit(position, stream, fromPosition, texts.text(position)));
    }
    for (const log of logs) {
      // Copies: the driver sets `_id` on what it inserts.
      await log.commits.collection.insertMany(batch.map((commit) => ({ ...commit })));
    }
    bytes += batch.reduce(
      (sum, commit) => sum + mongoose.mongo.BSON.calculateObjectSize(commit),
      0,
    );
  }
  for (const log of logs) {
    await log.commits.db
      .db!.collection(`${log.commits.collection.collectionName}_counters`)
      .updateOne({ _id: 'position' } as never, { $set: { value: size } }, { upsert: true });
  }
  return { seconds: (performance.now() - start) / 1000, meanBytes: bytes / size };
}
