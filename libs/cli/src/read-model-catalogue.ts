import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadModelDefinition } from '@opinion/projections';

const servicesRoot = resolve(__dirname, '..', '..', '..', 'services');

/**
 * The read models every service publishes in src/read-models/index.ts (`export const
 * readModels`). Loaded by path at run time: the CLI operates services without importing them.
 */
export function readModelCatalogue(root = servicesRoot): Map<string, ReadModelDefinition> {
  const catalogue = new Map<string, ReadModelDefinition>();
  if (!existsSync(root)) return catalogue;
  for (const service of readdirSync(root).sort()) {
    const entry = join(root, service, 'src', 'read-models', 'index.ts');
    if (!existsSync(entry)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path found at run time
    const { readModels } = require(entry) as { readModels?: ReadModelDefinition[] };
    for (const definition of readModels ?? []) {
      if (catalogue.has(definition.name)) {
        throw new Error(`read model ${definition.name} is published twice (again by ${service})`);
      }
      catalogue.set(definition.name, definition);
    }
  }
  return catalogue;
}
