import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { rebuildReadModel } from '@opinion/projections';
import type { Command } from 'commander';
import mongoose from 'mongoose';
import { readModelCatalogue } from '../read-model-catalogue';

export function registerProjectionsCommand(program: Command): void {
  const projections = program.command('projections').description('read models built from events');

  projections
    .command('list')
    .description('the read models services publish')
    .action(() => {
      for (const [name, definition] of readModelCatalogue()) {
        process.stdout.write(
          `${name}\t${definition.collection}\t${definition.categories.join(',')}\n`,
        );
      }
    });

  projections
    .command('rebuild <name>')
    .description('drop a read model and rebuild it from the event store')
    .action(async (name: string, _options: unknown, command: Command) => {
      const catalogue = readModelCatalogue();
      const definition = catalogue.get(name);
      if (!definition) {
        command.error(
          `unknown read model "${name}"; known: ${[...catalogue.keys()].join(', ') || '(none)'}`,
          {
            exitCode: 2,
          },
        );
      }
      const { MONGODB_URI } = loadConfig(infrastructureEnvSchema);
      const connection = await mongoose.createConnection(MONGODB_URI).asPromise();
      try {
        const { applied, checkpoint } = await rebuildReadModel(connection, definition!);
        process.stdout.write(
          `rebuilt ${name}: ${applied} event(s) applied, checkpoint ${checkpoint}\n`,
        );
      } finally {
        await connection.close();
      }
    });
}
