import { TRIAGE_EVENTS, type EventEnvelope, type ModelAdopted } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import { latestPerStream } from '../latest-per-stream';
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

  async restore(store: EventStorePort, categories: readonly string[]): Promise<number> {
    const latest = await latestPerStream(store, categories);
    for (const event of latest) await this.apply(event);
    return latest.length;
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
