import { Module, type DynamicModule } from '@nestjs/common';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { IntakeRuntime } from './intake-runtime';
import { DraftsController } from './interface/http/drafts.controller';
import { ImportsController } from './interface/http/imports.controller';
import { ProposalConversionsController } from './interface/http/proposal-conversions.controller';
import { SubmissionsController } from './interface/http/submissions.controller';
import { MySubmissionsConsumer } from './interface/kafka/my-submissions.consumer';
import { ScreeningDecisionsConsumer } from './interface/kafka/screening-decisions.consumer';
import { TimelineConsumer } from './interface/kafka/timeline.consumer';

/** Use cases are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class IntakeModule {
  static register(runtime: IntakeRuntime): DynamicModule {
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
