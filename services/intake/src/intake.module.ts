import { Module, type DynamicModule } from '@nestjs/common';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { ConvertProposalHandler } from './application/convert-proposal/convert-proposal-handler';
import { GetImportHandler } from './application/import/get-import-handler';
import { StartImportHandler } from './application/import/start-import-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { ReviseHandler } from './application/revise/revise-handler';
import { SaveDraftHandler } from './application/save-draft/save-draft-handler';
import { SubmitDraftHandler } from './application/submit-draft/submit-draft-handler';
import { SubmitHandler } from './application/submit/submit-handler';
import { GetTimelineHandler } from './application/timeline/get-timeline-handler';
import { WithdrawHandler } from './application/withdraw/withdraw-handler';
import { IntakeRuntime } from './intake-runtime';
import { DraftsController } from './interface/http/drafts.controller';
import { ImportsController } from './interface/http/imports.controller';
import { ProposalConversionsController } from './interface/http/proposal-conversions.controller';
import { SubmissionsController } from './interface/http/submissions.controller';

/** Handlers are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class IntakeModule {
  static register(runtime: IntakeRuntime): DynamicModule {
    const { handlers } = runtime;
    return {
      module: IntakeModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      // Drafts before submissions, so /submissions/drafts is not taken for a submission id.
      controllers: [
        DraftsController,
        SubmissionsController,
        ProposalConversionsController,
        ImportsController,
      ],
      providers: [
        runtimeLifecycle(runtime),
        { provide: SubmitHandler, useValue: handlers.submit },
        { provide: SaveDraftHandler, useValue: handlers.saveDraft },
        { provide: SubmitDraftHandler, useValue: handlers.submitDraft },
        { provide: ReviseHandler, useValue: handlers.revise },
        { provide: WithdrawHandler, useValue: handlers.withdraw },
        { provide: ConvertProposalHandler, useValue: handlers.convertProposal },
        { provide: GetSubmissionHandler, useValue: handlers.getSubmission },
        { provide: GetTimelineHandler, useValue: handlers.getTimeline },
        { provide: ListMySubmissionsHandler, useValue: handlers.listMySubmissions },
        { provide: StartImportHandler, useValue: handlers.startImport },
        { provide: GetImportHandler, useValue: handlers.getImport },
      ],
    };
  }
}
