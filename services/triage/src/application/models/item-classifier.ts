import type { Classification } from '@opinion/contracts';
import { predictionInTaxonomy, type TextItem } from '@opinion/text';
import type { TaxonomyRegistry } from '../taxonomies/taxonomy-registry';
import type { ModelRegistry } from './model-registry';

/**
 * Classifies an item into its organisation's taxonomy in force: the organisation's model (else
 * the default one) predicts, and its labels are mapped into the taxonomy. The classifier reports
 * its three best labels, so the mapping sums and renormalises those.
 */
export class ItemClassifier {
  constructor(
    private readonly models: ModelRegistry,
    private readonly taxonomies: TaxonomyRegistry,
  ) {}

  classify(orgId: string, text: TextItem): Classification {
    const { modelId, classifier } = this.models.modelFor(orgId);
    const { label, confidence, top } = predictionInTaxonomy(
      classifier.predict(text).scores,
      this.taxonomies.inForce(orgId),
    );
    return { label, confidence, top, modelId };
  }
}
