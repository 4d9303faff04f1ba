import { topicForEventType } from '@opinion/contracts';
import { toEnvelope, type CommitDocument, type EventStoreModels } from '@opinion/event-store';
import type { Message, Producer } from 'kafkajs';

export interface OutboxRelayOptions {
  /** Stream categories whose commits this relay publishes (those its service writes). */
  categories: readonly string[];
  batchSize?: number;
  /**
   * How soon to look in the store for commits the in-process feed did not bring (another
   * process wrote them, or a send failed); the wait doubles while nothing turns up.
   */
  sweepIntervalMs?: number;
  maxSweepIntervalMs?: number;
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

/**
 * Publishes stored events to Kafka. Every commit is written with `published: false`; the relay
 * sends it and only then marks it, so a crash in between means it is sent again (at least
 * once), never lost. Commits of this process arrive through the store's feed and go out at
 * once; a sweep of the store, backing off while idle, picks up anything else. All sends pass
 * one queue, keyed by stream id with an idempotent producer, so each stream's order is kept.
 */
export class OutboxRelay {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<number>();
  /** Commits the feed brought that wait for the next send: a burst goes out as one batch. */
  private fresh: CommitDocument[] = [];
  private onError: (error: unknown) => void = () => undefined;
  private unsubscribe: (() => void) | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly models: EventStoreModels,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** One sweep: publishes up to a batch of pending commits; returns how many events went out. */
  async publishPending(): Promise<number> {
    const commits = await this.models.commits
      .find({ published: false, category: { $in: this.options.categories } })
      .sort({ _id: 1 })
      .limit(this.options.batchSize ?? 500)
      .lean();
    const unsent = commits.filter((commit) => !this.inFlight.has(commit._id));
    unsent.forEach((commit) => this.inFlight.add(commit._id));
    return this.enqueue(() => unsent);
  }

  /** Publishes as commits are stored, and sweeps the store now and then, until stop(). */
  start(onError: (error: unknown) => void = () => undefined): void {
    if (this.running) return;
    this.running = true;
    this.onError = onError;
    const categories = new Set(this.options.categories);
    this.unsubscribe = this.models.feed.subscribe((commit) => {
      if (!categories.has(commit.category)) return;
      this.fresh.push(commit);
      this.inFlight.add(commit._id);
      if (this.fresh.length === 1) this.enqueue(() => this.takeFresh()).catch(this.onError);
    });
    const base = this.options.sweepIntervalMs ?? 1_000;
    const max = this.options.maxSweepIntervalMs ?? 30_000;
    const sweep = (wait: number) => {
      this.sweepTimer = setTimeout(async () => {
        const sent = await this.publishPending().catch((error: unknown) => {
          onError(error);
          return 0;
        });
        if (this.running) sweep(sent > 0 ? base : Math.min(wait * 2, max));
      }, wait);
    };
    sweep(0);
  }

  /** Waits for the send under way; commits not sent yet stay unpublished for the next sweep. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    clearTimeout(this.sweepTimer);
    this.takeFresh();
    await this.queue.catch(() => undefined);
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

  /** The next batch of the feed's commits; while stopping, none: the next sweep sends them. */
  private takeFresh(): CommitDocument[] {
    if (!this.running) {
      this.fresh.forEach((commit) => this.inFlight.delete(commit._id));
      this.fresh = [];
      return [];
    }
    const taken = this.fresh.splice(0, this.options.batchSize ?? 500);
    if (this.fresh.length > 0) this.enqueue(() => this.takeFresh()).catch(this.onError);
    return taken;
  }

  /** Runs one send after the previous one; `batch` is taken only when its turn comes. */
  private enqueue(batch: () => readonly CommitDocument[]): Promise<number> {
    const sent = this.queue
      .catch(() => undefined)
      .then(async () => {
        const commits = batch();
        if (commits.length === 0) return 0;
        try {
          return await this.send(commits);
        } finally {
          commits.forEach((commit) => this.inFlight.delete(commit._id));
        }
      });
    this.queue = sent;
    return sent;
  }

  private async send(commits: readonly CommitDocument[]): Promise<number> {
    await this.producer.sendBatch({
      topicMessages: [...messagesByTopic(commits)].map(([topic, messages]) => ({
        topic,
        messages,
      })),
    });
    const ids = commits.map((commit) => commit._id);
    await (ids.length === 1
      ? this.models.commits.updateOne({ _id: ids[0] }, { $set: { published: true } })
      : this.models.commits.updateMany({ _id: { $in: ids } }, { $set: { published: true } }));
    return commits.reduce((sum, commit) => sum + commit.events.length, 0);
  }
}
