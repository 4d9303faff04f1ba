import { TRIAGE_CATEGORY } from '@opinion/contracts';
import { streamCategory } from '@opinion/event-store';
import type { EventHandler } from '@opinion/messaging';
import type { StreamDocumentProjection } from '@opinion/projections';
import type { SwitchModelHandler } from '../../application/models/switch-model-handler';
import type { TaxonomyRegistry } from '../../application/taxonomies/taxonomy-registry';

/** Triage's own item events fold the assessments read model. */
export const assessmentsHandler =
  <State>(projection: StreamDocumentProjection<State>): EventHandler =>
  async (event) => {
    if (streamCategory(event.streamId) === TRIAGE_CATEGORY) await projection.apply([event]);
  };

/** model-adopted puts the new model to use in this process, taxonomy-defined the new taxonomy. */
export const modelSwitchHandler =
  (switchModel: SwitchModelHandler, taxonomies: TaxonomyRegistry): EventHandler =>
  async (event) => {
    await switchModel.apply(event);
    taxonomies.apply(event);
  };
