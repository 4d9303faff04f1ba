import type { EventMetadata } from '@opinion/contracts';

/** An editor sets an item's domain (人工分类). */
export interface CorrectClassificationCommand {
  itemId: string;
  label: string;
  /** The version the editor last saw (If-Match); absent: correct whatever is current. */
  expectedVersion?: number;
  metadata: EventMetadata;
}
