import { topicForEventType } from '@opinion/contracts';
import { toEnvelope, type CommitDocument, type EventStoreModels } from '@opinion/event-store';
import { Partitioners, type Kafka, type Message, type Producer, type Transaction } from 'kafkajs';
import { ensureTopics, whileRetriable } from './kafka-client';

/** Where relays keep how far they have published: as offsets a consumer group commits. */
export const RELAY_CHECKPOINT_TOPIC = 'opinion.outbox-checkpoints';

export interface OutboxRelayOptions {
  /** Stream categories whose commits this relay publishes (those its service writes). */
  categories: readonly string[];
  /**
   * Names the relay's transactional producer and checkpoint; one relay of a name publishes at a
   * time (a new one fences the old). Default: the log's identity and the categories, so a log
   * wiped and begun again starts from its beginning.
   */
  name?: string;
  /** Commits per Kafka transaction. */
  batchSize?: number;
  /** How soon to look at the log again when this process stored nothing; doubles while idle. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /**
   * Kafka forgets a group's offsets some days after their last commit (offsets.retention.minutes,
   * seven days by default), so an idle relay commits its checkpoint again this often.
   */
  checkpointRefreshMs?: number;
}

export interface RelayLag {
  pendingCommits: number;
  oldestPendingAgeMs: number;
}

function messagesByTopic(commits: readonly CommitDocument[]): Map<string, Message[]> {
  const byTopic = new Map<string, Message[]>();
  for (const commit of commits) {
    for (const event of commit.events) {
      const topic = topicForEventType(event.type);
      const messages = byTopic.get(topic) ?? [];
      messages.push({
        key: commit.streamId,
        value: JSON.stringify(toEnvelope(commit, event)),
        headers: {
          'event-type': event.type,
          'event-version': String(event.version),
          'event-id': event.eventId,
        },
      });
      byTopic.set(topic, messages);
    }
  }
  return byTopic;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Publishes stored events to Kafka exactly once. The relay follows the log in position order
 * (CommitLog never lets it skip a commit that becomes visible late) and sends each batch in one
 * Kafka transaction together with its checkpoint: the position it has published through, kept as
 * the committed offset of a consumer group named after the relay. Consumers read committed
 * messages only, so a relay that dies mid-batch leaves nothing visible, and its successor (the
 * same transactional id, which aborts what was open) resumes from the checkpoint in Kafka, not
 * from anything it wrote to MongoDB. Commits of this process wake it at once; otherwise it looks
 * at the log now and then, backing off while idle.
 */
export class OutboxRelay {
  private producer: Producer | undefined;
  private cursor: number | undefined;
  private lastCheckpointAt = 0;
  private turn: Promise<unknown> = Promise.resolve();
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly models: EventStoreModels,
    private readonly kafka: Kafka,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** The relay's name: its transactional id and the group that holds its checkpoint. */
  get name(): string {
    return (
      this.options.name ??
      `opinion-outbox.${this.models.logId}.${[...this.options.categories].sort().join('+')}`
    );
  }

  /** Publishes one batch now; returns how many events went out. */
  publishPending(): Promise<number> {
    return this.inTurn(() => this.publishBatch());
  }

  /** Connects (fencing an older relay of the same name), then publishes until stop(). */
  async start(onError: (error: unknown) => void = () => undefined): Promise<void> {
    if (this.running) return;
    await this.inTurn(() => this.connect());
    this.running = true;
    const categories = new Set(this.options.categories);
    this.unsubscribe = this.models.feed.subscribe((commit) => {
      if (categories.has(commit.category)) this.wake?.();
    });
    this.loop = this.run(onError);
  }

  /** Finishes the batch under way; what is not sent yet waits for the next relay. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
    await this.inTurn(() => this.disconnect());
  }

  /** How far publication is behind the log: for /metrics and alerts. */
  async lag(now = new Date()): Promise<RelayLag> {
    const through = this.cursor ?? (await this.readCheckpoint());
    // A query per category: each served by the (category, position) index on both servers.
    const perCategory = await Promise.all(
      this.options.categories.map(async (category) => {
        const filter = { category, position: { $gt: through } };
        const [count, oldest] = await Promise.all([
          this.models.commits.countDocuments(filter),
          this.models.commits
            .findOne(filter, { recordedAt: 1, _id: 0 })
            .sort({ position: 1 })
            .lean<{ recordedAt: Date }>(),
        ]);
        return { count, oldestAt: oldest?.recordedAt.getTime() ?? Infinity };
      }),
    );
    const oldestAt = Math.min(...perCategory.map((category) => category.oldestAt));
    return {
      pendingCommits: perCategory.reduce((sum, category) => sum + category.count, 0),
      oldestPendingAgeMs: Number.isFinite(oldestAt) ? now.getTime() - oldestAt : 0,
    };
  }

  private async run(onError: (error: unknown) => void): Promise<void> {
    const base = this.options.pollIntervalMs ?? 1_000;
    const max = this.options.maxPollIntervalMs ?? 30_000;
    let wait = 0;
    while (this.running) {
      try {
        const sent = await this.publishPending();
        wait = sent > 0 ? 0 : Math.min(Math.max(wait * 2, base), max);
      } catch (error) {
        onError(error);
        wait = Math.min(Math.max(wait * 2, base), max);
        // Whatever the failed batch left in Kafka, the checkpoint there says what counts.
        await this.inTurn(() => this.disconnect()).catch(onError);
      }
      if (wait > 0 && this.running) await this.pause(wait);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async publishBatch(): Promise<number> {
    const producer = await this.connect();
    const from = this.cursor! + 1;
    const page = await this.models.log.read(from, this.options.batchSize ?? 500, {
      categories: this.options.categories,
    });
    if (page.commits.length === 0) {
      if (Date.now() - this.lastCheckpointAt > (this.options.checkpointRefreshMs ?? DAY_MS)) {
        await this.commitTransaction(producer, [], page.through);
      }
      this.cursor = page.through;
      return 0;
    }
    await this.commitTransaction(producer, page.commits, page.through);
    this.cursor = page.through;
    return page.commits.reduce((sum, commit) => sum + commit.events.length, 0);
  }

  private async commitTransaction(
    producer: Producer,
    commits: readonly CommitDocument[],
    through: number,
  ): Promise<void> {
    const transaction = await producer.transaction();
    try {
      if (commits.length > 0) {
        await transaction.sendBatch({
          topicMessages: [...messagesByTopic(commits)].map(([topic, messages]) => ({
            topic,
            messages,
          })),
        });
      }
      await transaction.sendOffsets({
        consumerGroupId: this.name,
        topics: [
          {
            topic: RELAY_CHECKPOINT_TOPIC,
            partitions: [{ partition: 0, offset: String(through) }],
          },
        ],
      });
      await this.commit(transaction);
      this.lastCheckpointAt = Date.now();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      throw error;
    }
  }

  /** The last step of a batch: after it the batch and the checkpoint are visible together. */
  protected async commit(transaction: Transaction): Promise<void> {
    await transaction.commit();
  }

  /** The transactional producer, and the checkpoint read from Kafka once it is connected. */
  private async connect(): Promise<Producer> {
    if (this.producer) return this.producer;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [RELAY_CHECKPOINT_TOPIC], 1);
    } finally {
      await admin.disconnect();
    }
    const producer = this.kafka.producer({
      transactionalId: this.name,
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      // The broker answers "concurrent transactions" for a moment after each commit; kafkajs'
      // default back-off (300 ms) would make that the relay's pace.
      retry: { initialRetryTime: 10, retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
    });
    // Connecting fences an older producer of this name and aborts the transaction it left open.
    await producer.connect();
    const checkpoint = await this.readCheckpoint();
    const last = await this.models.log.lastPosition();
    if (checkpoint > last) {
      await producer.disconnect();
      // Publishing on would skip the commits that take those positions again.
      throw new Error(
        `relay ${this.name}: its checkpoint (${checkpoint}) is ahead of the log (${last}); the log was restored from an older backup? Publish from the log's end deliberately (a new relay name), after checking what consumers have seen`,
      );
    }
    this.producer = producer;
    this.cursor = checkpoint;
    return producer;
  }

  private async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    this.cursor = undefined;
    await producer?.disconnect();
  }

  private async readCheckpoint(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [topic] = await whileRetriable(() =>
        admin.fetchOffsets({ groupId: this.name, topics: [RELAY_CHECKPOINT_TOPIC] }),
      );
      const offset = Number(topic?.partitions.find((p) => p.partition === 0)?.offset ?? -1);
      return offset > 0 ? offset : 0;
    } finally {
      await admin.disconnect();
    }
  }

  /** One operation on the producer at a time: a batch, a connect or a disconnect. */
  private inTurn<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.turn.catch(() => undefined).then(operation);
    this.turn = result;
    return result;
  }
}
