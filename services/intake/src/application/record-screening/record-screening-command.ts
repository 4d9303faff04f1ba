import type { EventMetadata } from '@opinion/contracts';
import type { SubmissionCommand } from '../../domain';

/** A screening decision of the editorial service, to be recorded on the item it judged. */
export interface RecordScreeningCommand {
  submissionId: string;
  decision: Extract<SubmissionCommand, { kind: 'record-screening' }>['decision'];
  /** Carries the editorial event as the cause of what intake records. */
  metadata: EventMetadata;
}
