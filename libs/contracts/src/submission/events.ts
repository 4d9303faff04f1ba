import { z } from 'zod';
import {
  contributorSchema,
  directSourceTypeSchema,
  draftContentSchema,
  sourceTypeSchema,
  submissionContentSchema,
  submissionIdSchema,
  text,
} from './fields';

/** Event types of the Submission aggregate, written only by the intake service. */
export const SUBMISSION_EVENTS = {
  draftSaved: 'opinion.submission.draft-saved',
  submitted: 'opinion.submission.submitted',
  revised: 'opinion.submission.revised',
  withdrawn: 'opinion.submission.withdrawn',
  screeningRecorded: 'opinion.submission.screening-recorded',
} as const;

/** 草稿已保存: the whole draft as it stands (each save replaces the previous one). */
export const draftSavedSchema = z
  .object({
    submissionId: submissionIdSchema,
    submitter: contributorSchema,
    sourceType: directSourceTypeSchema.optional(),
    content: draftContentSchema,
  })
  .strict();

/** 提案 a converted item came from (提案转社情民意). */
export const proposalReferenceSchema = z
  .object({
    number: text(50), // 提案号
    title: text(200),
    proposers: z.array(contributorSchema).min(1).max(50),
  })
  .strict();

export const submissionOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('direct') }).strict(),
  z.object({ kind: z.literal('draft') }).strict(),
  z.object({ kind: z.literal('proposal'), proposal: proposalReferenceSchema }).strict(),
]);
export type SubmissionOrigin = z.infer<typeof submissionOriginSchema>;

/** 已报送: revision 1 of the item, complete; credit goes to the submitter and co-submitters. */
export const submittedSchema = z
  .object({
    submissionId: submissionIdSchema,
    submitter: contributorSchema,
    sourceType: sourceTypeSchema,
    origin: submissionOriginSchema,
    content: submissionContentSchema,
  })
  .strict();

/** 已修改: a new revision after the item was returned; earlier revisions stay in the stream. */
export const revisedSchema = z
  .object({
    submissionId: submissionIdSchema,
    revision: z.number().int().min(2),
    content: submissionContentSchema,
    note: text(2_000).optional(), // 修改说明
  })
  .strict();

/** 已撤回 by a submitter before the item was accepted. */
export const withdrawnSchema = z
  .object({ submissionId: submissionIdSchema, reason: text(2_000).optional() })
  .strict();

const screened = { submissionId: submissionIdSchema, screeningEventId: z.string().min(1).max(100) };

/**
 * The editorial service's screening decision (初审), recorded on the submission so that intake
 * decides revisions and withdrawals from its own stream; `screeningEventId` names the editorial
 * event it came from and makes recording it idempotent.
 */
export const screeningRecordedSchema = z.discriminatedUnion('outcome', [
  z.object({ ...screened, outcome: z.literal('returned'), comments: text(5_000) }).strict(),
  z.object({ ...screened, outcome: z.literal('accepted') }).strict(),
  z.object({ ...screened, outcome: z.literal('not-used'), reason: text(2_000) }).strict(),
  z
    .object({ ...screened, outcome: z.literal('merged'), intoSubmissionId: submissionIdSchema })
    .strict(),
]);

export type DraftSaved = z.infer<typeof draftSavedSchema>;
export type Submitted = z.infer<typeof submittedSchema>;
export type Revised = z.infer<typeof revisedSchema>;
export type Withdrawn = z.infer<typeof withdrawnSchema>;
export type ScreeningRecorded = z.infer<typeof screeningRecordedSchema>;
export type ScreeningOutcome = ScreeningRecorded['outcome'];
