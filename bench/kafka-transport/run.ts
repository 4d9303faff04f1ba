// Kafka transport benchmark: events/s through today's EventConsumer with a handler function,
// beside the same consumer behind the Nest transport (KafkaEventTransport + an @EventPattern
// controller), over the same pre-produced topic, alternating runs.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { deadLetterTopic, newId, topicForEventType } from '@opinion/contracts';
import { createKafka, createOrderedProducer, ensureTopics } from '@opinion/messaging';
import { noteMetadata, noteRegistry } from '@opinion/testing';
import type { EventEnvelope, EventRegistry } from '@opinion/contracts';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { runNestTransport, runPlainConsumer, type RunResult } from './consumers';
import type { KafkaTransportBenchSettings } from './settings';
import { benchSettings } from './settings';

const describeLoad = (): string =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');

function describeMachine(): string {
  const cores = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${cores.length} cores (${cores[0]?.model.trim()}), ${gib} GiB, Node ${process.version}`;
}

const TEXT = '建议在老旧小区加装电梯并完善停车设施，方便老年居民出行。'.repeat(4);

/** `events` note events over `streams` keys, as the relay publishes them (JSON envelopes). */
async function fillTopic(
  kafka: Kafka,
  topic: string,
  type: string,
  events: number,
  streams: number,
) {
  const producer = createOrderedProducer(kafka);
  await producer.connect();
  const started = performance.now();
  try {
    const positions = new Map<string, number>();
    for (let sent = 0; sent < events;) {
      const batch = [];
      for (; batch.length < 1_000 && sent < events; sent += 1) {
        const streamId = `note-${sent % streams}`;
        const streamPosition = (positions.get(streamId) ?? 0) + 1;
        positions.set(streamId, streamPosition);
        batch.push({
          key: streamId,
          value: JSON.stringify({
            eventId: newId(),
            type,
            version: 1,
            streamId,
            streamPosition,
            occurredAt: new Date().toISOString(),
            ...noteMetadata,
            data: { text: `${sent} ${TEXT}` },
          }),
        });
      }
      await producer.send({ topic, messages: batch });
    }
  } finally {
    await producer.disconnect();
  }
  return (performance.now() - started) / 1000;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const rate = (value: number) => Math.round(value).toLocaleString('en-US');

interface Scenario {
  label: string;
  kafka: Kafka;
  registry: EventRegistry;
  type: string;
  events: number;
  /** The handler's work in one run (given the run's group id), besides counting. */
  workFor?: (groupId: string) => (event: EventEnvelope) => Promise<void>;
}

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const micros = (perSecond: number) => 1e6 / perSecond;
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;

/** Fills the scenario's topic, then runs both consumers over it, alternating, and prints both. */
async function measure(
  scenario: Scenario,
  settings: KafkaTransportBenchSettings,
  groups: string[],
): Promise<void> {
  const topic = topicForEventType(scenario.type);
  const fill = await fillTopic(
    scenario.kafka,
    topic,
    scenario.type,
    scenario.events,
    settings.BENCH_KAFKA_STREAMS,
  );
  console.log(
    `\n${scenario.label}: ${scenario.events} events over ${settings.BENCH_KAFKA_STREAMS} keys ` +
      `produced to ${topic} in ${fill.toFixed(1)} s; each run reads them all from the beginning`,
  );
  const results: Record<'plain' | 'nest', RunResult[]> = { plain: [], nest: [] };
  for (let round = 1; round <= settings.BENCH_KAFKA_ROUNDS; round += 1) {
    // Alternate which goes first, so a drift of the machine's load does not favour one.
    const order: ('plain' | 'nest')[] = round % 2 ? ['plain', 'nest'] : ['nest', 'plain'];
    for (const kind of order) {
      const groupId = `${topic}-${kind}-${round}.bench`;
      groups.push(groupId);
      const run = {
        kafka: scenario.kafka,
        registry: scenario.registry,
        topic,
        eventType: scenario.type,
        groupId,
        events: scenario.events,
        timeoutMs: 600_000,
        work: scenario.workFor?.(groupId),
      };
      const result = kind === 'plain' ? await runPlainConsumer(run) : await runNestTransport(run);
      results[kind].push(result);
      console.log(
        `  round ${round} ${kind === 'plain' ? '(a) EventConsumer     ' : '(b) Nest @EventPattern'} ` +
          `${rate(result.eventsPerSecond).padStart(7)} events/s ` +
          `(first event after ${result.firstEventSeconds.toFixed(1)} s, ` +
          `all after ${result.totalSeconds.toFixed(1)} s); load ${describeLoad()}`,
      );
    }
  }
  const plain = median(results.plain.map((result) => result.eventsPerSecond));
  const nest = median(results.nest.map((result) => result.eventsPerSecond));
  const best = (kind: 'plain' | 'nest') =>
    rate(Math.max(...results[kind].map((result) => result.eventsPerSecond)));
  console.log(`  median of ${settings.BENCH_KAFKA_ROUNDS} runs (best in brackets):`);
  console.log(
    `    (a) EventConsumer + handler function     ${rate(plain)} (${best('plain')}) events/s`,
  );
  console.log(
    `    (b) KafkaEventTransport + @EventPattern  ${rate(nest)} (${best('nest')}) events/s`,
  );
  console.log(
    `    (b) / (a) ${pct(nest, plain)}; per event ${micros(plain).toFixed(1)} vs ` +
      `${micros(nest).toFixed(1)} µs (${signed(micros(nest) - micros(plain))} µs)`,
  );
}

async function main(): Promise<void> {
  const settings = benchSettings();
  const started = performance.now();
  const run = `benchkt${randomUUID().slice(0, 8)}`;
  const kafka = createKafka(settings.KAFKA_BROKERS, 'bench-kafka-transport');
  const admin = kafka.admin();
  await admin.connect();
  const groups: string[] = [];
  const topics: string[] = [];
  const database = new URL(settings.MONGODB_URI);
  database.pathname = `/bench-kafka-transport-${run.slice(7)}`;
  const connection = await mongoose.createConnection(database.toString()).asPromise();
  console.log(`Machine:  ${describeMachine()}, load ${describeLoad()}`);
  console.log(`Servers:  Kafka ${settings.KAFKA_BROKERS.join(',')}, MongoDB ${database.host}`);
  try {
    const scenarios: Scenario[] = [
      {
        label: "Handler that only counts (the transport's whole cost shows)",
        kafka,
        registry: noteRegistry(run),
        type: `${run}.note.written`,
        events: settings.BENCH_KAFKA_EVENTS,
      },
    ];
    if (settings.BENCH_KAFKA_WRITE_EVENTS > 0) {
      const context = `${run}-write`;
      scenarios.push({
        label: 'Handler that upserts one MongoDB document per event (as a read model does)',
        kafka,
        registry: noteRegistry(context),
        type: `${context}.note.written`,
        events: settings.BENCH_KAFKA_WRITE_EVENTS,
        // A collection per run, so each run inserts its documents and then updates them.
        workFor: (groupId) => {
          const positions = connection.collection<{ _id: string; position: number }>(groupId);
          return async (event) => {
            await positions.updateOne(
              { _id: event.streamId },
              { $max: { position: event.streamPosition } },
              { upsert: true },
            );
          };
        },
      });
    }
    for (const scenario of scenarios) {
      const topic = topicForEventType(scenario.type);
      topics.push(topic, deadLetterTopic(topic));
      await ensureTopics(admin, [topic, deadLetterTopic(topic)]);
      await measure(scenario, settings, groups);
    }
    console.log(
      `\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s; load ${describeLoad()}`,
    );
  } finally {
    await admin.deleteGroups(groups).catch(() => undefined);
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
