import { z } from 'zod';
import { submissionIdSchema, text, userIdSchema } from '../submission/fields';

/** Event types of triage, written only by the triage service. */
export const TRIAGE_EVENTS = {
  itemAssessed: 'opinion.triage.item-assessed',
  itemReclassified: 'opinion.triage.item-reclassified',
  classificationCorrected: 'opinion.triage.classification-corrected',
  modelAdopted: 'opinion.triage.model-adopted',
} as const;

/** Stream categories triage owns: `triage-<itemId>` and `triagemodel-<orgId or default>`. */
export const TRIAGE_CATEGORY = 'triage';
export const TRIAGE_MODEL_CATEGORY = 'triagemodel';
/** The model scope of organisations without a model of their own. */
export const DEFAULT_MODEL_SCOPE = 'default';

/** Items are submissions: an item's id is its submission id. */
export const itemIdSchema = submissionIdSchema;
export const labelSchema = text(50);
export const modelIdSchema = z.string().min(1).max(100);
const unitInterval = z.number().min(0).max(1);

/** The classifier's answer: best label, its probability, the three best, and which model said so. */
export const classificationSchema = z
  .object({
    label: labelSchema,
    confidence: unitInterval,
    top: z
      .array(z.object({ label: labelSchema, score: unitInterval }).strict())
      .min(1)
      .max(3),
    modelId: modelIdSchema,
  })
  .strict();

/** 已研判: the item's domain, the earlier item it repeats (合并候选) and its same-issue cluster. */
export const itemAssessedSchema = z
  .object({
    itemId: itemIdSchema,
    orgId: userIdSchema,
    /** When the item was submitted (the submission event's time), for weekly counts. */
    submittedAt: z.iso.datetime({ offset: true }),
    classification: classificationSchema,
    duplicateOf: itemIdSchema.nullable(),
    /** Similarity to `duplicateOf`, or to the nearest earlier item when there is none. */
    similarity: unitInterval,
    /** Every earlier item judged a repeat, most similar first (at most five). */
    repeats: z.array(z.object({ itemId: itemIdSchema, similarity: unitInterval }).strict()).max(5),
    /** The item id of the cluster's first item (its own id when it starts a cluster). */
    clusterId: itemIdSchema,
  })
  .strict();

/** 重新分类 after a revision: the model's answer for the revised text. */
export const itemReclassifiedSchema = z
  .object({
    itemId: itemIdSchema,
    revision: z.number().int().min(2),
    classification: classificationSchema,
    previousLabel: labelSchema,
  })
  .strict();

/** 人工更正 by an editor; the training signal for retraining. */
export const classificationCorrectedSchema = z
  .object({ itemId: itemIdSchema, label: labelSchema, previousLabel: labelSchema })
  .strict();

/** A retrained model that scored better on the held-back corrections than the one in use. */
export const modelAdoptedSchema = z
  .object({
    modelId: modelIdSchema,
    previousModelId: modelIdSchema,
    macroF1Previous: unitInterval,
    macroF1New: unitInterval,
    /** Corrections held back from training and scored. */
    heldBack: z.number().int().min(1),
    trainedRows: z.number().int().min(1),
  })
  .strict();

export type Classification = z.infer<typeof classificationSchema>;
export type ItemAssessed = z.infer<typeof itemAssessedSchema>;
export type ItemReclassified = z.infer<typeof itemReclassifiedSchema>;
export type ClassificationCorrected = z.infer<typeof classificationCorrectedSchema>;
export type ModelAdopted = z.infer<typeof modelAdoptedSchema>;
