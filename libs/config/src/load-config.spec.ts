import { z } from 'zod';
import {
  ConfigError,
  consumerStartSchema,
  externalServers,
  fromBeginning,
  infrastructureEnvSchema,
  loadConfig,
} from '.';

describe('loadConfig', () => {
  it('applies the loopback defaults', () => {
    const config = loadConfig(infrastructureEnvSchema, {});
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.MONGODB_URI).toBe('mongodb://127.0.0.1:27017/opinion');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('splits a broker list', () => {
    const config = loadConfig(infrastructureEnvSchema, { KAFKA_BROKERS: 'a:1, b:2' });
    expect(config.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it('names every bad variable', () => {
    expect(() =>
      loadConfig(infrastructureEnvSchema, { MONGODB_URI: 'http://x', REDIS_URL: 'tcp://y' }),
    ).toThrow(ConfigError);
    try {
      loadConfig(infrastructureEnvSchema, { MONGODB_URI: 'http://x', REDIS_URL: 'tcp://y' });
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        'MONGODB_URI: must start with mongodb:// or mongodb+srv://',
        'REDIS_URL: must start with redis:// or rediss://',
      ]);
    }
  });

  it('reports which servers are external', () => {
    expect(externalServers({ REDIS_URL: 'redis://h:1' })).toEqual({
      kafka: false,
      mongodb: false,
      redis: true,
    });
  });
});

describe('consumerStartSchema', () => {
  const schema = z.object({ KAFKA_CONSUMER_START: consumerStartSchema });

  it('starts new consumer groups at the beginning unless told otherwise', () => {
    expect(fromBeginning(loadConfig(schema, {}).KAFKA_CONSUMER_START)).toBe(true);
    expect(
      fromBeginning(loadConfig(schema, { KAFKA_CONSUMER_START: 'latest' }).KAFKA_CONSUMER_START),
    ).toBe(false);
    expect(() => loadConfig(schema, { KAFKA_CONSUMER_START: 'end' })).toThrow(ConfigError);
  });
});
