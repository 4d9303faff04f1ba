import { z } from 'zod';
import { proposalReferenceSchema } from './events';
import {
  directSourceTypeSchema,
  draftContentSchema,
  submissionContentSchema,
  text,
  urgencySchema,
} from './fields';

const { shape } = submissionContentSchema;

/** POST /submissions: a complete item, submitted at once (直接报送). */
export const submitRequestSchema = submissionContentSchema.extend({
  sourceType: directSourceTypeSchema,
  coSubmitters: shape.coSubmitters.default([]),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

/** POST /submissions/drafts and PUT /submissions/drafts/:id: whatever is written so far. */
export const saveDraftRequestSchema = draftContentSchema.extend({
  sourceType: directSourceTypeSchema.optional(),
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

/** POST /submissions/:id/submit: submits the saved draft as it is. */
export const submitDraftRequestSchema = z.object({}).strict();

/** POST /submissions/:id/revisions: the whole new text, with a note on what changed. */
export const reviseRequestSchema = submissionContentSchema.extend({
  coSubmitters: shape.coSubmitters.default([]),
  note: text(2_000).optional(), // 修改说明
});
export type ReviseRequest = z.infer<typeof reviseRequestSchema>;

/** POST /submissions/:id/withdraw. */
export const withdrawRequestSchema = z.object({ reason: text(2_000).optional() }).strict();
export type WithdrawRequest = z.infer<typeof withdrawRequestSchema>;

/** POST /proposal-conversions: a proposal (提案) that did not qualify becomes an item. */
export const proposalConversionRequestSchema = z
  .object({
    proposal: proposalReferenceSchema
      .extend({ body: text(20_000) })
      .refine(
        (proposal) =>
          new Set(proposal.proposers.map((person) => person.userId)).size ===
          proposal.proposers.length,
        { message: 'proposers.distinct', path: ['proposers'] },
      ),
    sector: shape.sector,
    region: shape.region,
    urgency: urgencySchema.optional(),
  })
  .strict();
export type ProposalConversionRequest = z.infer<typeof proposalConversionRequestSchema>;
