import type { Actor } from '@opinion/contracts';
import { z } from 'zod';

const revisionNumber = z.coerce.number().int().min(1);

/** `?from=1&to=3`: two kept versions of the text; by default the latest and the one before it. */
export const compareRevisionsParamsSchema = z
  .object({ from: revisionNumber.optional(), to: revisionNumber.optional() })
  .strict()
  .refine(({ from, to }) => from === undefined || to === undefined || from < to, {
    path: ['from'],
    message: 'revisions.order',
  });

export type CompareRevisionsParams = z.infer<typeof compareRevisionsParamsSchema>;

export interface CompareRevisionsQuery extends CompareRevisionsParams {
  submissionId: string;
  actor: Actor;
}
