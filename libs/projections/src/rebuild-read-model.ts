import { EventRegistry } from '@opinion/contracts';
import { EventStore, eventStoreModels } from '@opinion/event-store';
import type { Connection } from 'mongoose';
import { checkpointModel, ProjectionRunner } from './projection-runner';
import type { ReadModelDefinition } from './read-model-definition';
import { StreamDocumentProjection } from './stream-document-projection';

/** Drops a read model and folds every stored event of its categories into it again. */
export async function rebuildReadModel(
  connection: Connection,
  definition: ReadModelDefinition,
): Promise<{ applied: number; checkpoint: number }> {
  const registry = new EventRegistry();
  definition.registerEvents(registry);
  const store = new EventStore(await eventStoreModels(connection), {
    registry,
    ownedCategories: [],
  });
  const runner = new ProjectionRunner(
    store,
    await checkpointModel(connection),
    new StreamDocumentProjection(connection, definition),
  );
  const applied = await runner.rebuild();
  return { applied, checkpoint: await runner.checkpoint() };
}
