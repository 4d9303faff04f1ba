import {
  EventRegistry,
  registerSubmissionEvents,
  registerTriageEvents,
  TRIAGE_CATEGORY,
  TRIAGE_MODEL_CATEGORY,
  TRIAGE_TAXONOMY_CATEGORY,
} from '@opinion/contracts';
import { InMemoryEventStore, type InMemoryEventStoreOptions } from '@opinion/event-store';
import { readDefaultModel, type ClassifierModel } from '@opinion/text';
import { ItemClassifier } from '../application/models/item-classifier';
import { ModelRegistry } from '../application/models/model-registry';
import type { IndexWatcher } from '../application/ports';
import { TaxonomyRegistry } from '../application/taxonomies/taxonomy-registry';
import { SHIPPED_MODEL_ID } from '../domain/triage-streams';

/** A store that may write triage's streams and reads intake's and triage's events. */
export const triageStoreOptions = (): InMemoryEventStoreOptions => ({
  registry: registerTriageEvents(registerSubmissionEvents(new EventRegistry())),
  ownedCategories: [TRIAGE_CATEGORY, TRIAGE_MODEL_CATEGORY, TRIAGE_TAXONOMY_CATEGORY],
});

/** A new, empty in-memory store as triage's runtime opens it on MongoDB. */
export const triageStore = () => new InMemoryEventStore(triageStoreOptions());

let shipped: ClassifierModel | undefined;

/** Classifies as a triage without retrained models or taxonomies: the shipped model's domains. */
export const shippedClassifier = () =>
  new ItemClassifier(
    new ModelRegistry(SHIPPED_MODEL_ID, (shipped ??= readDefaultModel())),
    new TaxonomyRegistry(),
  );

/** An index watcher that notes what it was told. */
export class RecordingWatcher implements IndexWatcher {
  grown = 0;
  readonly distrusted: string[] = [];

  grew(): void {
    this.grown += 1;
  }

  distrust(reason: string): void {
    this.distrusted.push(reason);
  }
}
