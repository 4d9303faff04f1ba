import type { EventMetadata } from '@opinion/contracts';
import type { TextItem } from '@opinion/text';

/** Classify a revised item again (from opinion.submission.revised). */
export interface ReclassifyItemCommand {
  itemId: string;
  revision: number;
  text: TextItem;
  metadata: EventMetadata;
}
