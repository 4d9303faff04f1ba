import { z } from 'zod';
import { text, userIdSchema } from '../submission/fields';
import { checkTaxonomyRules, labelSchema, taxonomyShape } from './events';

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

/**
 * PUT /triage/taxonomies/:orgId by an administrator. Only the shape is checked here (400); the
 * rules (distinct labels, mapping into them) are answered 422 by `taxonomyRulesSchema`.
 * Without `mapping`, model labels that are not taxonomy labels are dropped.
 */
export const defineTaxonomyRequestSchema = z
  .object({ labels: taxonomyShape.labels, mapping: taxonomyShape.mapping.default([]) })
  .strict();

/** The rules of a taxonomy, checked on a well-formed definition. */
export const taxonomyRulesSchema = z.object(taxonomyShape).superRefine(checkTaxonomyRules);

/** The `:orgId` of the taxonomy routes. */
export const taxonomyParamsSchema = z.object({ orgId: userIdSchema }).strict();

export type SimilarItemsRequest = z.infer<typeof similarItemsRequestSchema>;
export type CorrectClassificationRequest = z.infer<typeof correctClassificationRequestSchema>;
export type HotIssuesQuery = z.infer<typeof hotIssuesQuerySchema>;
export type RetrainRequest = z.infer<typeof retrainRequestSchema>;
export type DefineTaxonomyRequest = z.infer<typeof defineTaxonomyRequestSchema>;
