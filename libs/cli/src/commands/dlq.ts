import { deadLetterTopic } from '@opinion/contracts';
import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { createKafka, replayDeadLetters } from '@opinion/messaging';
import type { Command } from 'commander';

export function registerDlqCommand(program: Command): void {
  program
    .command('dlq')
    .description('dead-letter topics')
    .command('replay <topic>')
    .description('send the dead letters of <topic>.dlq not replayed before back to <topic>')
    .action(async (topic: string) => {
      const { KAFKA_BROKERS } = loadConfig(infrastructureEnvSchema);
      const { replayed } = await replayDeadLetters(
        createKafka(KAFKA_BROKERS, 'opinion-cli'),
        topic,
      );
      process.stdout.write(
        `replayed ${replayed} dead letter(s) from ${deadLetterTopic(topic)} to ${topic}\n`,
      );
    });
}
