import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

/** One dependency /health checks: up when `ping` resolves within the probe timeout. */
export interface HealthProbe {
  name: string;
  ping: () => Promise<unknown>;
}

export const mongoProbe = (connection: Connection): HealthProbe => ({
  name: 'mongodb',
  ping: () => connection.db!.admin().ping(),
});

export const kafkaProbe = (kafka: Kafka): HealthProbe => ({
  name: 'kafka',
  ping: async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  },
});
