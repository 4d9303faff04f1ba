import { z } from 'zod';
import { text, userIdSchema } from '../submission/fields';
import { labelSchema } from './events';

/** POST /triage/similar: the text about to be submitted (正文 as one text). */
export const similarItemsRequestSchema = z
  .object({
    title: text(200).optional(),
    body: text(40_000),
    limit: z.number().int().min(1).max(20).default(10),
  })
  .strict();

/** POST /triage/items/:itemId/classification by an editor. */
export const correctClassificationRequestSchema = z.object({ label: labelSchema }).strict();

/** GET /triage/hot-issues. */
export const hotIssuesQuerySchema = z
  .object({
    orgId: userIdSchema,
    weeks: z.coerce.number().int().min(1).max(26).default(4),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/** POST /triage/models/retrain: retrain one organisation's model, or the default one, now. */
export const retrainRequestSchema = z.object({ orgId: userIdSchema.optional() }).strict();

export type SimilarItemsRequest = z.infer<typeof similarItemsRequestSchema>;
export type CorrectClassificationRequest = z.infer<typeof correctClassificationRequestSchema>;
export type HotIssuesQuery = z.infer<typeof hotIssuesQuerySchema>;
export type RetrainRequest = z.infer<typeof retrainRequestSchema>;
