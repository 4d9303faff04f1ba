import { newId, type EventMetadata } from '@opinion/contracts';
import { SubmissionRuleError, type SubmissionCommand } from '../domain';
import { VersionConflictError } from './application-errors';
import { requestHash, type IdempotencyKeys } from './idempotency';
import type { SubmissionStreams, WriteResult } from './submission-streams';

export interface CreateResult extends WriteResult {
  /** False when an earlier request with the same Idempotency-Key created it. */
  created: boolean;
}

export interface CreateRequest {
  useCase: string;
  request: unknown;
  metadata: EventMetadata;
  /** From the Idempotency-Key header, or derived (file hash + row) by a bulk import. */
  idempotencyKey?: string;
}

/**
 * Starts a new submission stream. With an idempotency key the id comes from the key's mapping,
 * recorded before the append, so a retry finds either an empty stream (the first try died before
 * appending: append now) or the item (return it, append nothing). The unique stream position
 * makes two racing tries append once.
 */
export async function createSubmission(
  streams: SubmissionStreams,
  keys: IdempotencyKeys,
  { useCase, request, metadata, idempotencyKey }: CreateRequest,
  build: (submissionId: string) => SubmissionCommand,
): Promise<CreateResult> {
  const submissionId = idempotencyKey
    ? await keys.claim({
        scope: metadata.actor.userId,
        key: idempotencyKey,
        submissionId: newId(),
        requestHash: requestHash(useCase, request),
      })
    : newId();
  try {
    return { ...(await streams.execute(build(submissionId), metadata, 0)), created: true };
  } catch (error) {
    const existing =
      error instanceof VersionConflictError ||
      (error instanceof SubmissionRuleError && error.code === 'already-exists');
    if (!idempotencyKey || !existing) throw error;
    const { version } = await streams.load(submissionId);
    return { submissionId, version, created: false };
  }
}
