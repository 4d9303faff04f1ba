import { rmSync } from 'node:fs';
import { externalServers, infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { kafkaProbe, mongoProbe, redisProbe, waitFor, type Probe } from '@opinion/testing';
import { dataDir, logFile } from './paths';
import { runningPid, stopByPidFile, tailOfLog } from './process-control';
import type { LocalServer } from './server';
import { secantusdb } from './servers/secantusdb';
import { kafka } from './servers/kafka';
import { redis } from './servers/redis';
import { productServices } from './services/catalogue';
import { loadDemo } from './demo/load-demo';
import { ensureBrowser } from './browser';

export interface Slot {
  server: LocalServer;
  /** Set when the environment names this server: then it is only probed, never started. */
  external?: { address: string; probe: Probe };
}

function slots(): Slot[] {
  const env = loadConfig(infrastructureEnvSchema);
  const external = externalServers();
  return [
    {
      server: kafka,
      external: external.kafka
        ? { address: env.KAFKA_BROKERS.join(','), probe: kafkaProbe(env.KAFKA_BROKERS) }
        : undefined,
    },
    {
      server: secantusdb,
      external: external.mongodb
        ? { address: env.MONGODB_URI, probe: mongoProbe(env.MONGODB_URI) }
        : undefined,
    },
    {
      server: redis,
      external: external.redis
        ? { address: env.REDIS_URL, probe: redisProbe(env.REDIS_URL) }
        : undefined,
    },
  ];
}

const healthy = (probe: Probe): Promise<boolean> =>
  probe().then(
    () => true,
    () => false,
  );

/** Starts a server unless it answers already, and waits until it does; says what it did. */
export async function bringUp({ server, external }: Slot): Promise<string> {
  if (external) {
    await waitFor(external.probe, 10_000).catch((error: Error) => {
      throw new Error(
        `${server.name} at ${external.address} (from the environment): ${error.message}`,
      );
    });
    return `${server.name}: using ${external.address} from the environment`;
  }
  if (await healthy(server.probe)) {
    const pid = runningPid(server.name);
    return `${server.name}: already running on ${server.address}${pid ? ` (pid ${pid})` : ' (not started by this checkout)'}`;
  }
  const pid = runningPid(server.name) ?? server.start();
  const deadline = Date.now() + server.startTimeoutMs;
  for (;;) {
    if (await healthy(server.probe))
      return `${server.name}: started on ${server.address} (pid ${pid})`;
    if (runningPid(server.name) === undefined || Date.now() > deadline) {
      const why =
        runningPid(server.name) === undefined
          ? 'exited during start-up'
          : `not ready after ${server.startTimeoutMs / 1000}s`;
      throw new Error(
        `${server.name} ${why}. Last lines of ${logFile(server.name)}:\n${tailOfLog(server.name)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const serviceSlots = (): Slot[] => productServices().map((server) => ({ server }));

async function up(all: Slot[] = slots()): Promise<void> {
  for (const { server, external } of all) {
    if (!external) server.install();
  }
  const results = await Promise.allSettled(all.map(bringUp));
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [String(result.reason?.message ?? result.reason)] : [],
  );
  results.forEach((result) => result.status === 'fulfilled' && console.log(result.value));
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}

/** Servers must be healthy; a service counts only when this checkout started it. */
async function status(): Promise<boolean> {
  let allHealthy = true;
  const services = serviceSlots().filter(({ server }) => runningPid(server.name) !== undefined);
  for (const { server, external } of [...slots(), ...services]) {
    const probe = external?.probe ?? server.probe;
    const ok = await healthy(probe);
    allHealthy &&= ok;
    const pid = runningPid(server.name);
    const origin = external
      ? 'from the environment'
      : pid
        ? `pid ${pid}`
        : 'not started by this checkout';
    console.log(
      `${server.name.padEnd(9)} ${(ok ? 'healthy' : 'DOWN').padEnd(8)} ${(external?.address ?? server.address).padEnd(22)} ${origin}; log: ${logFile(server.name)}`,
    );
  }
  return allHealthy;
}

async function down(): Promise<void> {
  for (const { server } of [...serviceSlots().reverse(), ...slots()]) {
    const stopped = await stopByPidFile(server.name);
    console.log(`${server.name}: ${stopped ? 'stopped' : 'was not running from this checkout'}`);
  }
}

async function reset(): Promise<void> {
  await down();
  for (const { server } of slots()) {
    rmSync(dataDir(server.name), { recursive: true, force: true });
    console.log(`${server.name}: data wiped`);
  }
}

const USAGE = 'usage: npm run infra -- up|start|demo|browser|down|status|reset';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    switch (command) {
      case 'up':
        await up();
        return 0;
      case 'start':
        await up();
        await up(serviceSlots());
        return 0;
      case 'demo':
        await loadDemo();
        return 0;
      case 'browser':
        console.log(`chromium: ${ensureBrowser()}`);
        return 0;
      case 'status':
        return (await status()) ? 0 : 1;
      case 'down':
        await down();
        return 0;
      case 'reset':
        await reset();
        return 0;
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (error) {
    console.error(`infra ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
