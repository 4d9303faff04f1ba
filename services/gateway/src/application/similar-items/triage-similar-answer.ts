import { itemIdSchema } from '@opinion/contracts';
import { z } from 'zod';

/**
 * Triage's answer to `POST /triage/similar`, as the gateway reads it before filtering it: the
 * filter must know every item it passes on, so an answer of another shape is refused (502).
 */
export const triageSimilarAnswerSchema = z.object({
  notice: z.string().nullable(),
  items: z.array(
    z.object({
      itemId: itemIdSchema,
      similarity: z.number().min(0).max(1),
      kind: z.enum(['duplicate', 'same-issue']),
    }),
  ),
});
