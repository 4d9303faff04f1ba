import { z } from 'zod';
import { submissionIdSchema, text, userIdSchema } from '../submission/fields';

/** Event types of triage, written only by the triage service. */
export const TRIAGE_EVENTS = {
  itemAssessed: 'opinion.triage.item-assessed',
  itemReclassified: 'opinion.triage.item-reclassified',
  classificationCorrected: 'opinion.triage.classification-corrected',
  modelAdopted: 'opinion.triage.model-adopted',
  taxonomyDefined: 'opinion.triage.taxonomy-defined',
} as const;

/**
 * Stream categories triage owns: `triage-<itemId>`, `triagemodel-<orgId or default>` and
 * `triagetaxonomy-<orgId>`.
 */
export const TRIAGE_CATEGORY = 'triage';
export const TRIAGE_MODEL_CATEGORY = 'triagemodel';
export const TRIAGE_TAXONOMY_CATEGORY = 'triagetaxonomy';
/** The model scope of organisations without a model of their own. */
export const DEFAULT_MODEL_SCOPE = 'default';

/** Items are submissions: an item's id is its submission id. */
export const itemIdSchema = submissionIdSchema;
export const labelSchema = text(50);
export const modelIdSchema = z.string().min(1).max(100);
const unitInterval = z.number().min(0).max(1);

/**
 * The classifier's answer: best label, its probability, the three best, and which model said so.
 * Labels are those of the item organisation's taxonomy when the answer was given (the model's
 * scores mapped into it); answers given before a taxonomy changed keep their labels.
 */
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

/** Where a model label falls in a taxonomy (a model label that is a taxonomy label needs none). */
export const labelMappingSchema = z
  .object({ modelLabel: labelSchema, label: labelSchema })
  .strict();

/** A taxonomy's labels and mapping, before their rules are checked. */
export const taxonomyShape = {
  labels: z.array(labelSchema).min(2).max(50),
  mapping: z.array(labelMappingSchema).max(200),
};

/** Message codes of the taxonomy rules, translated by TAXONOMY_MESSAGES. */
export const TAXONOMY_RULE = {
  duplicateLabel: 'taxonomy.label.duplicate',
  duplicateModelLabel: 'taxonomy.mapping.duplicate',
  modelLabelIsLabel: 'taxonomy.mapping.isLabel',
  unknownTarget: 'taxonomy.mapping.unknownLabel',
  /** Checked by triage against the model in use: no label of it would land in the taxonomy. */
  reachesNothing: 'taxonomy.mapping.reachesNothing',
} as const;

type TaxonomyFields = { labels: string[]; mapping: Array<{ modelLabel: string; label: string }> };

/** Labels are distinct; each model label is mapped once, to a label, and is not a label itself. */
export function checkTaxonomyRules({ labels, mapping }: TaxonomyFields, context: z.RefinementCtx) {
  const issue = (path: PropertyKey[], message: string) =>
    context.addIssue({ code: 'custom', path, message });
  labels.forEach((label, i) => {
    if (labels.indexOf(label) !== i) issue(['labels', i], TAXONOMY_RULE.duplicateLabel);
  });
  mapping.forEach(({ modelLabel, label }, i) => {
    if (mapping.findIndex((entry) => entry.modelLabel === modelLabel) !== i) {
      issue(['mapping', i, 'modelLabel'], TAXONOMY_RULE.duplicateModelLabel);
    }
    if (labels.includes(modelLabel))
      issue(['mapping', i, 'modelLabel'], TAXONOMY_RULE.modelLabelIsLabel);
    if (!labels.includes(label)) issue(['mapping', i, 'label'], TAXONOMY_RULE.unknownTarget);
  });
}

/**
 * 分类体系 of an organisation, defined by an administrator; the latest on `triagetaxonomy-<orgId>`
 * is in force for items assessed from then on (organisations without one use the committee
 * domains). `mapping` says where the labels of a model trained for another taxonomy go.
 */
export const taxonomyDefinedSchema = z
  .object({ orgId: userIdSchema, ...taxonomyShape })
  .strict()
  .superRefine(checkTaxonomyRules);

export type Classification = z.infer<typeof classificationSchema>;
export type ItemAssessed = z.infer<typeof itemAssessedSchema>;
export type ItemReclassified = z.infer<typeof itemReclassifiedSchema>;
export type ClassificationCorrected = z.infer<typeof classificationCorrectedSchema>;
export type ModelAdopted = z.infer<typeof modelAdoptedSchema>;
export type TaxonomyDefined = z.infer<typeof taxonomyDefinedSchema>;
