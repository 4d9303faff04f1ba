import { Module, type DynamicModule } from '@nestjs/common';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import type { IntakeRuntime } from './intake-runtime';
import { DraftsController } from './interface/http/drafts.controller';
import { ImportsController } from './interface/http/imports.controller';
import { ProposalConversionsController } from './interface/http/proposal-conversions.controller';
import { SubmissionsController } from './interface/http/submissions.controller';
import { MySubmissionsConsumer } from './interface/kafka/my-submissions.consumer';
import { ScreeningDecisionsConsumer } from './interface/kafka/screening-decisions.consumer';
import { TimelineConsumer } from './interface/kafka/timeline.consumer';

/** What the module needs of a runtime: the real one, or one on in-memory ports in a spec. */
export type IntakeModuleRuntime = Pick<IntakeRuntime, 'useCases' | 'metrics' | 'probes' | 'stop'>;

/** Use cases are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class IntakeModule {
  static register(runtime: IntakeModuleRuntime): DynamicModule {
    return {
      module: IntakeModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      // Drafts before submissions, so /submissions/drafts is not taken for a submission id.
      controllers: [
        DraftsController,
        SubmissionsController,
        ProposalConversionsController,
        ImportsController,
        MySubmissionsConsumer,
        ScreeningDecisionsConsumer,
        TimelineConsumer,
      ],
      providers: [runtimeLifecycle(runtime), ...runtime.useCases.providers()],
    };
  }
}
