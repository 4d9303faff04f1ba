import type { EventMetadata } from '@opinion/contracts';
import type { TextItem } from '@opinion/text';

/** Assess one submitted item (from opinion.submission.submitted). */
export interface AssessItemCommand {
  itemId: string;
  orgId: string;
  submittedAt: string;
  text: TextItem;
  metadata: EventMetadata;
}
