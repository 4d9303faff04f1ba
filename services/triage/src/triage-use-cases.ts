import type { EventStorePort } from '@opinion/event-store';
import { useCase } from '@opinion/http';
import { AssessItemHandler } from './application/assess-item/assess-item-handler';
import { AssessmentsFeed } from './application/assessments-feed';
import { CorrectClassificationHandler } from './application/correct-classification/correct-classification-handler';
import { GetItemHandler } from './application/get-item/get-item-handler';
import { HotIssuesHandler } from './application/hot-issues/hot-issues-handler';
import { ItemClassifier } from './application/models/item-classifier';
import type { ModelRegistry } from './application/models/model-registry';
import { SwitchModelHandler } from './application/models/switch-model-handler';
import type {
  AssessmentsReadModel,
  IndexWatcher,
  ModelFiles,
  RetrainRequests,
  SubmissionTexts,
} from './application/ports';
import { ReclassifyItemHandler } from './application/reclassify-item/reclassify-item-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import {
  RetrainModelHandler,
  type RetrainLimits,
} from './application/retrain-model/retrain-model-handler';
import { Serial } from './application/serial';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { SubmissionEventOutcomes } from './application/submission-event-outcomes';
import { DefineTaxonomyHandler } from './application/taxonomies/define-taxonomy-handler';
import { GetTaxonomyHandler } from './application/taxonomies/get-taxonomy-handler';
import { TaxonomyRegistry } from './application/taxonomies/taxonomy-registry';
import type { TriageIndex } from './domain/triage-index';

/**
 * What triage's handlers are built from, each opened by the runtime (or a spec): the ports, the
 * index restored at start-up and the in-memory registries of the models and taxonomies in use.
 */
export interface TriagePorts {
  store: EventStorePort;
  index: TriageIndex;
  /** Hears of every item the index adds (the snapshotter). */
  indexWatcher: IndexWatcher;
  models: ModelRegistry;
  taxonomies: TaxonomyRegistry;
  modelFiles: ModelFiles;
  texts: SubmissionTexts;
  assessments: AssessmentsReadModel & AssessmentsFeed;
  retrainRequests: RetrainRequests;
  retrainLimits: RetrainLimits;
  outcomes: SubmissionEventOutcomes;
}

/** Every triage use case (and read-model feed, registry), one line each (docs/service-skeleton.md). */
export const TRIAGE_USE_CASES = [
  useCase(ItemClassifier, (p: TriagePorts) => new ItemClassifier(p.models, p.taxonomies)),
  useCase(
    AssessItemHandler,
    (p: TriagePorts, u) =>
      new AssessItemHandler(p.store, p.index, u.get(ItemClassifier), new Serial(), p.indexWatcher),
  ),
  useCase(
    ReclassifyItemHandler,
    (p: TriagePorts, u) => new ReclassifyItemHandler(p.store, u.get(ItemClassifier)),
  ),
  useCase(SubmissionEventOutcomes, (p: TriagePorts) => p.outcomes),
  useCase(AssessmentsFeed, (p: TriagePorts) => p.assessments),
  useCase(GetItemHandler, (p: TriagePorts) => new GetItemHandler(p.assessments)),
  useCase(HotIssuesHandler, (p: TriagePorts) => new HotIssuesHandler(p.assessments)),
  useCase(SimilarItemsHandler, (p: TriagePorts) => new SimilarItemsHandler(p.index)),
  useCase(
    CorrectClassificationHandler,
    (p: TriagePorts) => new CorrectClassificationHandler(p.store, p.taxonomies),
  ),
  useCase(SwitchModelHandler, (p: TriagePorts) => new SwitchModelHandler(p.models, p.modelFiles)),
  useCase(TaxonomyRegistry, (p: TriagePorts) => p.taxonomies),
  useCase(GetTaxonomyHandler, (p: TriagePorts) => new GetTaxonomyHandler(p.taxonomies)),
  useCase(
    DefineTaxonomyHandler,
    (p: TriagePorts) => new DefineTaxonomyHandler(p.store, p.taxonomies, p.models),
  ),
  useCase(RequestRetrainHandler, (p: TriagePorts) => new RequestRetrainHandler(p.retrainRequests)),
  useCase(
    RetrainModelHandler,
    (p: TriagePorts) =>
      new RetrainModelHandler(
        p.store,
        p.assessments,
        p.texts,
        p.models,
        p.taxonomies,
        p.modelFiles,
        p.retrainLimits,
      ),
  ),
];
