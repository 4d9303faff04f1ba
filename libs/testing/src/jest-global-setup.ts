import { kafkaProbe, mongoProbe, redisProbe, type Probe } from './probes';
import { testInfrastructure } from './test-environment';

/**
 * Integration and e2e tests need the real servers. `npm test` starts them first; when jest is run
 * on its own and they are down, say how to start them instead of failing test by test.
 */
export default async function globalSetup(): Promise<void> {
  const env = testInfrastructure();
  const probes: Array<[string, Probe]> = [
    ['Kafka', kafkaProbe(env.KAFKA_BROKERS)],
    ['MongoDB', mongoProbe(env.MONGODB_URI)],
    ['Redis', redisProbe(env.REDIS_URL)],
  ];
  const failures: string[] = [];
  for (const [name, probe] of probes) {
    await probe().catch((error: Error) => failures.push(`${name}: ${error.message}`));
  }
  if (failures.length > 0) {
    throw new Error(
      `The servers the tests need are not reachable (start them with \`npm run infra -- up\`):\n` +
        failures.map((failure) => `  - ${failure}`).join('\n'),
    );
  }
}
