import { z } from 'zod';
import { submissionIdSchema, text } from './fields';

/**
 * Screening decisions (初审) as the editorial service publishes them on `opinion.screening.events`.
 * Editorial owns and writes them; they live here until editorial's own contracts land, because
 * intake consumes them to let a returned item be revised.
 */
export const SCREENING_EVENTS = {
  returned: 'opinion.screening.returned', // 退回修改
  accepted: 'opinion.screening.accepted', // 采用/拟编
  notUsed: 'opinion.screening.not-used', // 不予采用
  merged: 'opinion.screening.merged', // 合并
} as const;

const decision = { submissionId: submissionIdSchema };

export const screeningReturnedSchema = z.object({ ...decision, comments: text(5_000) }).strict();
export const screeningAcceptedSchema = z.object(decision).strict();
export const screeningNotUsedSchema = z.object({ ...decision, reason: text(2_000) }).strict();
export const screeningMergedSchema = z
  .object({ ...decision, intoSubmissionId: submissionIdSchema })
  .strict();

export type ScreeningReturned = z.infer<typeof screeningReturnedSchema>;
export type ScreeningNotUsed = z.infer<typeof screeningNotUsedSchema>;
export type ScreeningMerged = z.infer<typeof screeningMergedSchema>;
