import { TRIAGE_EVENTS, type EventEnvelope, type ModelAdopted } from '@opinion/contracts';
import type { EventStore } from '@opinion/event-store';
import type { ModelFiles } from '../ports';
import type { ModelRegistry } from './model-registry';

const scopeOfStream = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

/**
 * Puts adopted models to use: all of them at start-up (from the `triagemodel` streams), then
 * each new one as its model-adopted event arrives. Adopting the model in use changes nothing.
 */
export class SwitchModelHandler {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly files: ModelFiles,
  ) {}

  async restore(store: EventStore, categories: readonly string[]): Promise<number> {
    const latest = new Map<string, EventEnvelope>();
    for (let from = 1; ;) {
      const page = await store.readAll(from, 1_000, { categories });
      if (page.length === 0) break;
      for (const event of page) latest.set(event.streamId, event);
      from = page[page.length - 1].globalPosition! + 1;
    }
    for (const event of latest.values()) await this.apply(event);
    return latest.size;
  }

  async apply(event: EventEnvelope): Promise<boolean> {
    if (event.type !== TRIAGE_EVENTS.modelAdopted) return false;
    const scope = scopeOfStream(event.streamId);
    const { modelId } = event.data as ModelAdopted;
    if (this.registry.modelIdOf(scope) === modelId) return false;
    this.registry.use(scope, modelId, await this.files.load(modelId));
    return true;
  }
}
