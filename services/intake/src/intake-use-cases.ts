import { useCase } from '@opinion/http';
import { CompareRevisionsHandler } from './application/compare-revisions/compare-revisions-handler';
import { ConvertProposalHandler } from './application/convert-proposal/convert-proposal-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import type { IdempotencyKeys } from './application/idempotency';
import { GetImportHandler } from './application/import/get-import-handler';
import type {
  ImportFiles,
  ImportQueue,
  ImportStore,
  RowReader,
} from './application/import/import-ports';
import { RunImportHandler } from './application/import/run-import-handler';
import { StartImportHandler } from './application/import/start-import-handler';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { MySubmissionsFeed } from './application/list-my-submissions/my-submissions-feed';
import type { MySubmissionsReadModel } from './application/list-my-submissions/my-submissions-read-model';
import { RecordScreeningHandler } from './application/record-screening/record-screening-handler';
import { ReviseHandler } from './application/revise/revise-handler';
import { SaveDraftHandler } from './application/save-draft/save-draft-handler';
import type { SubmissionStreams } from './application/submission-streams';
import { SubmitDraftHandler } from './application/submit-draft/submit-draft-handler';
import { SubmitHandler } from './application/submit/submit-handler';
import { GetTimelineHandler } from './application/timeline/get-timeline-handler';
import { RecordTimelineEntryHandler } from './application/timeline/record-timeline-entry-handler';
import type { TimelineReadModel } from './application/timeline/timeline-read-model';
import { WithdrawHandler } from './application/withdraw/withdraw-handler';

/** What intake's handlers are built from: ports, each opened by the runtime (or a spec). */
export interface IntakePorts {
  streams: SubmissionStreams;
  keys: IdempotencyKeys;
  mySubmissions: MySubmissionsReadModel & MySubmissionsFeed;
  timelines: TimelineReadModel;
  imports: ImportStore;
  importFiles: ImportFiles;
  importQueue: ImportQueue;
  readImportRows: RowReader;
}

/** Every intake use case (and read-model feed), one line each (docs/service-skeleton.md). */
export const INTAKE_USE_CASES = [
  useCase(SubmitHandler, (p: IntakePorts) => new SubmitHandler(p.streams, p.keys)),
  useCase(SaveDraftHandler, (p: IntakePorts) => new SaveDraftHandler(p.streams, p.keys)),
  useCase(SubmitDraftHandler, (p: IntakePorts) => new SubmitDraftHandler(p.streams)),
  useCase(ReviseHandler, (p: IntakePorts) => new ReviseHandler(p.streams)),
  useCase(WithdrawHandler, (p: IntakePorts) => new WithdrawHandler(p.streams)),
  useCase(
    ConvertProposalHandler,
    (p: IntakePorts) => new ConvertProposalHandler(p.streams, p.keys),
  ),
  useCase(RecordScreeningHandler, (p: IntakePorts) => new RecordScreeningHandler(p.streams)),
  useCase(GetSubmissionHandler, (p: IntakePorts) => new GetSubmissionHandler(p.streams)),
  useCase(
    GetTimelineHandler,
    (p: IntakePorts, u) => new GetTimelineHandler(u.get(GetSubmissionHandler), p.timelines),
  ),
  useCase(
    CompareRevisionsHandler,
    (_, u) => new CompareRevisionsHandler(u.get(GetSubmissionHandler)),
  ),
  useCase(
    ListMySubmissionsHandler,
    (p: IntakePorts) => new ListMySubmissionsHandler(p.mySubmissions),
  ),
  useCase(MySubmissionsFeed, (p: IntakePorts) => p.mySubmissions),
  useCase(
    RecordTimelineEntryHandler,
    (p: IntakePorts) => new RecordTimelineEntryHandler(p.timelines),
  ),
  useCase(
    StartImportHandler,
    (p: IntakePorts) => new StartImportHandler(p.imports, p.importFiles, p.importQueue),
  ),
  useCase(GetImportHandler, (p: IntakePorts) => new GetImportHandler(p.imports)),
  useCase(
    RunImportHandler,
    (p: IntakePorts, u) =>
      new RunImportHandler(p.imports, p.importFiles, p.readImportRows, u.get(SubmitHandler)),
  ),
];
