import { Module, type DynamicModule } from '@nestjs/common';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { CorrectClassificationHandler } from './application/correct-classification/correct-classification-handler';
import { GetItemHandler } from './application/get-item/get-item-handler';
import { HotIssuesHandler } from './application/hot-issues/hot-issues-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { DefineTaxonomyHandler } from './application/taxonomies/define-taxonomy-handler';
import { GetTaxonomyHandler } from './application/taxonomies/get-taxonomy-handler';
import { ModelsController } from './interface/http/models.controller';
import { TaxonomiesController } from './interface/http/taxonomies.controller';
import { TriageController } from './interface/http/triage.controller';
import { TriageRuntime } from './triage-runtime';

/** Handlers are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class TriageModule {
  static register(runtime: TriageRuntime): DynamicModule {
    const { handlers } = runtime;
    return {
      module: TriageModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      controllers: [TriageController, ModelsController, TaxonomiesController],
      providers: [
        runtimeLifecycle(runtime),
        { provide: GetItemHandler, useValue: handlers.getItem },
        { provide: HotIssuesHandler, useValue: handlers.hotIssues },
        { provide: SimilarItemsHandler, useValue: handlers.similarItems },
        { provide: CorrectClassificationHandler, useValue: handlers.correctClassification },
        { provide: RequestRetrainHandler, useValue: handlers.requestRetrain },
        { provide: GetTaxonomyHandler, useValue: handlers.getTaxonomy },
        { provide: DefineTaxonomyHandler, useValue: handlers.defineTaxonomy },
      ],
    };
  }
}
