import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaProbe } from '@opinion/testing';
import { cacheRoot, dataDir, repoRoot } from '../paths';
import { runInstallStep } from '../run-command';
import { startDetached } from '../process-control';
import type { LocalServer } from '../server';

const KAFKA_VERSION = '3.9.1';
const HOST = '127.0.0.1';
const PORT = 9092;
const CONTROLLER_PORT = 9093;

const libsDir = (): string => join(cacheRoot(), `kafka-${KAFKA_VERSION}`, 'libs');
const completeMarker = (): string => join(cacheRoot(), `kafka-${KAFKA_VERSION}`, '.complete');
const configDir = (): string => join(dataDir('kafka'), 'config');
const storageDir = (): string => join(dataDir('kafka'), 'data');

function serverProperties(): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${HOST}:${CONTROLLER_PORT}`,
    `listeners=PLAINTEXT://${HOST}:${PORT},CONTROLLER://${HOST}:${CONTROLLER_PORT}`,
    `advertised.listeners=PLAINTEXT://${HOST}:${PORT}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${storageDir()}`,
    'num.partitions=3',
    'auto.create.topics.enable=true',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'log.retention.hours=-1',
    // Relays keep their checkpoints as group offsets (ADR 0002): kept a year, refreshed daily.
    'offsets.retention.minutes=525600',
    '',
  ].join('\n');
}

// Kafka 3.9 logs through log4j 1.x (reload4j); the launcher sends stdout to .local/logs/kafka.log.
const LOG4J = [
  'log4j.rootLogger=WARN, stdout',
  'log4j.logger.kafka=INFO',
  'log4j.logger.org.apache.kafka=WARN',
  'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
  'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
  'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
  '',
].join('\n');

/** Kafka's cluster ids are 16 random bytes in URL-safe base64 without padding. */
const newClusterId = (): string => randomBytes(16).toString('base64url');

function classpath(): string {
  return `${libsDir()}/*`;
}

export const kafka: LocalServer = {
  name: 'kafka',
  address: `${HOST}:${PORT}`,
  startTimeoutMs: 90_000,
  probe: kafkaProbe([`${HOST}:${PORT}`]),

  install() {
    if (existsSync(completeMarker())) return;
    rmSync(libsDir(), { recursive: true, force: true });
    runInstallStep(
      `resolving Apache Kafka ${KAFKA_VERSION} jars with Maven into ${libsDir()}`,
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        join(repoRoot, 'deploy', 'local', 'kafka', 'pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${libsDir()}`,
      ],
      {
        remedy:
          'check that Maven 3 and JDK 17+ are installed and Maven Central is reachable, then run `npm run infra -- up` again',
      },
    );
    if (!readdirSync(libsDir()).some((jar) => jar.startsWith(`kafka_2.13-${KAFKA_VERSION}`))) {
      throw new Error(`Maven finished but ${libsDir()} has no kafka_2.13-${KAFKA_VERSION}.jar`);
    }
    writeFileSync(completeMarker(), `${new Date().toISOString()}\n`);
  },

  start() {
    mkdirSync(configDir(), { recursive: true });
    const properties = join(configDir(), 'server.properties');
    writeFileSync(properties, serverProperties());
    writeFileSync(join(configDir(), 'log4j.properties'), LOG4J);
    const jvm = [
      '-Xms256m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${join(configDir(), 'log4j.properties')}`,
      `-Dkafka.logs.dir=${dataDir('kafka')}`,
      '-cp',
      classpath(),
    ];
    if (!existsSync(join(storageDir(), 'meta.properties'))) {
      runInstallStep(
        'formatting Kafka KRaft storage',
        'java',
        [...jvm, 'kafka.tools.StorageTool', 'format', '-t', newClusterId(), '-c', properties],
        { remedy: 'run `npm run infra -- reset` to wipe the local Kafka data, then `up` again' },
      );
    }
    return startDetached('kafka', 'java', [...jvm, 'kafka.Kafka', properties], dataDir('kafka'));
  },
};
