import { topicForEventType } from '@opinion/contracts';
import { toEnvelope, type EventStoreModels } from '@opinion/event-store';
import type { Message, Producer } from 'kafkajs';

export interface OutboxRelayOptions {
  /** Stream categories whose commits this relay publishes (those its service writes). */
  categories: readonly string[];
  batchSize?: number;
  idleDelayMs?: number;
}

export interface RelayLag {
  pendingCommits: number;
  oldestPendingAgeMs: number;
}

/**
 * Publishes stored events to Kafka. Every commit is written with `published: false`; the relay
 * sends unpublished commits in global order and only then marks them, so a crash in between
 * means they are sent again (at least once), never lost. Events are keyed by stream id, and one
 * relay per service sends with an idempotent producer, so each stream's order is kept.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly models: EventStoreModels,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** One pass: publishes up to a batch of pending commits; returns how many events went out. */
  async publishPending(): Promise<number> {
    const commits = await this.models.commits
      .find({ published: false, category: { $in: this.options.categories } })
      .sort({ _id: 1 })
      .limit(this.options.batchSize ?? 500)
      .lean();
    if (commits.length === 0) return 0;

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
    await this.producer.sendBatch({
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    await this.models.commits.updateMany(
      { _id: { $in: commits.map((commit) => commit._id) } },
      { $set: { published: true } },
    );
    return commits.reduce((sum, commit) => sum + commit.events.length, 0);
  }

  /** Keeps publishing until stop(); waits a little whenever nothing is pending. */
  start(onError: (error: unknown) => void = () => undefined): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const sent = await this.publishPending().catch((error: unknown) => {
          onError(error);
          return 0;
        });
        if (sent === 0)
          await new Promise((resolve) => setTimeout(resolve, this.options.idleDelayMs ?? 100));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** How far publication is behind the store: for /metrics and alerts. */
  async lag(now = new Date()): Promise<RelayLag> {
    const filter = { published: false, category: { $in: this.options.categories } };
    const [pendingCommits, oldest] = await Promise.all([
      this.models.commits.countDocuments(filter),
      this.models.commits.findOne(filter, { recordedAt: 1 }).sort({ _id: 1 }).lean(),
    ]);
    return {
      pendingCommits,
      oldestPendingAgeMs: oldest ? now.getTime() - oldest.recordedAt.getTime() : 0,
    };
  }
}
