import { EventPattern, Payload } from '@nestjs/microservices';
import { TRIAGE_EVENTS, type EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { SwitchModelHandler } from '../../application/models/switch-model-handler';
import { TaxonomyRegistry } from '../../application/taxonomies/taxonomy-registry';

/**
 * Triage's own model-adopted puts the new model to use in this process, taxonomy-defined the new
 * taxonomy in force (both are held in memory; a redelivery changes nothing).
 */
@KafkaController('models')
export class ModelsConsumer {
  constructor(
    private readonly switchModel: SwitchModelHandler,
    private readonly taxonomies: TaxonomyRegistry,
  ) {}

  @EventPattern(TRIAGE_EVENTS.modelAdopted)
  async adopt(@Payload() event: EventEnvelope): Promise<void> {
    await this.switchModel.apply(event);
  }

  @EventPattern(TRIAGE_EVENTS.taxonomyDefined)
  define(@Payload() event: EventEnvelope): void {
    this.taxonomies.apply(event);
  }
}
