import { infrastructureEnvSchema, loadConfig, type InfrastructureEnv } from '@opinion/config';
import { randomUUID } from 'node:crypto';

/** The servers integration and e2e tests talk to: the environment's, or deploy/local's defaults. */
export function testInfrastructure(): InfrastructureEnv {
  return loadConfig(infrastructureEnvSchema);
}

/** A name no other test run uses, for topics, databases, queues and consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** The MongoDB URI with its database replaced, so each test file owns a database. */
export function mongoUriForDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}
