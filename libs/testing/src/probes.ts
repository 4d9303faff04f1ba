import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import Redis from 'ioredis';

/** A probe resolves when the server answers a real request, and rejects with the reason when not. */
export type Probe = () => Promise<void>;

const PROBE_TIMEOUT_MS = 3_000;

export function kafkaProbe(brokers: string[]): Probe {
  return async () => {
    const admin = new Kafka({
      clientId: 'opinion-probe',
      brokers,
      connectionTimeout: PROBE_TIMEOUT_MS,
      requestTimeout: PROBE_TIMEOUT_MS,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    }).admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length === 0) throw new Error('metadata lists no broker');
    } finally {
      await admin.disconnect();
    }
  };
}

export function mongoProbe(uri: string): Probe {
  return async () => {
    const connection = mongoose.createConnection(uri, {
      serverSelectionTimeoutMS: PROBE_TIMEOUT_MS,
      connectTimeoutMS: PROBE_TIMEOUT_MS,
    });
    try {
      await connection.asPromise();
      const hello = await connection.db!.admin().command({ hello: 1 });
      if (!hello.isWritablePrimary) throw new Error('server is not a writable primary');
    } finally {
      await connection.close();
    }
  };
}

export function redisProbe(url: string): Probe {
  return async () => {
    const client = new Redis(url, {
      connectTimeout: PROBE_TIMEOUT_MS,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const reply = await client.ping();
      if (reply !== 'PONG') throw new Error(`PING answered ${reply}`);
    } finally {
      client.disconnect();
    }
  };
}

/** Runs a probe until it passes or the deadline comes; the last failure becomes the error. */
export async function waitFor(probe: Probe, timeoutMs: number, intervalMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
