import { Classifier, type ClassifierModel } from '@opinion/text';
import { DEFAULT_MODEL_SCOPE } from '@opinion/contracts';

export interface ModelInUse {
  modelId: string;
  model: ClassifierModel;
  classifier: Classifier;
}

const inUse = (modelId: string, model: ClassifierModel): ModelInUse => ({
  modelId,
  model,
  classifier: new Classifier(model),
});

/**
 * The classifier each model scope uses: an organisation's adopted model, else the adopted
 * default, else the shipped one. Switched when a model-adopted event arrives.
 */
export class ModelRegistry {
  private readonly scopes = new Map<string, ModelInUse>();
  private readonly shipped: ModelInUse;

  constructor(shippedModelId: string, shippedModel: ClassifierModel) {
    this.shipped = inUse(shippedModelId, shippedModel);
  }

  /** The model an organisation's items are classified with. */
  modelFor(orgId: string | null): ModelInUse {
    return (
      (orgId === null ? undefined : this.scopes.get(orgId)) ??
      this.scopes.get(DEFAULT_MODEL_SCOPE) ??
      this.shipped
    );
  }

  modelIdOf(scope: string): string | undefined {
    return this.scopes.get(scope)?.modelId;
  }

  use(scope: string, modelId: string, model: ClassifierModel): void {
    this.scopes.set(scope, inUse(modelId, model));
  }
}
