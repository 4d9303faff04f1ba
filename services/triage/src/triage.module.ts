import { Module, type DynamicModule } from '@nestjs/common';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { ModelsController } from './interface/http/models.controller';
import { TaxonomiesController } from './interface/http/taxonomies.controller';
import { TriageController } from './interface/http/triage.controller';
import { AssessConsumer } from './interface/kafka/assess.consumer';
import { AssessmentsConsumer } from './interface/kafka/assessments.consumer';
import { ModelsConsumer } from './interface/kafka/models.consumer';
import { TriageRuntime } from './triage-runtime';

/** Use cases are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class TriageModule {
  static register(runtime: TriageRuntime): DynamicModule {
    return {
      module: TriageModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      controllers: [
        TriageController,
        ModelsController,
        TaxonomiesController,
        AssessConsumer,
        AssessmentsConsumer,
        ModelsConsumer,
      ],
      providers: [runtimeLifecycle(runtime), ...runtime.useCases.providers()],
    };
  }
}
