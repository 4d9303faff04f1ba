import { newId, type EventMetadata } from '@opinion/contracts';
import type { SubmissionCommand } from '../domain';
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
  /** From the Idempotency-Key header, or derived from a row's content by a bulk import. */
  idempotencyKey?: string;
}

/**
 * Starts a new submission stream. With an idempotency key the id comes from the key's mapping,
 * recorded before the append, so a retry finds either an empty stream (the first try died before
 * appending: append now) or the item (return it, append nothing). The unique stream position
 * makes two racing tries append once. A freshly recorded key skips reading the stream: nobody
 * could have written to an id handed out just now, which keeps bulk imports fast.
 */
export async function createSubmission(
  streams: SubmissionStreams,
  keys: IdempotencyKeys,
  { useCase, request, metadata, idempotencyKey }: CreateRequest,
  build: (submissionId: string) => SubmissionCommand,
): Promise<CreateResult> {
  const scope = metadata.actor.userId;
  const { submissionId, claimed, createdVersion } = idempotencyKey
    ? await keys.claim({
        scope,
        key: idempotencyKey,
        submissionId: newId(),
        requestHash: requestHash(useCase, request),
      })
    : { submissionId: newId(), claimed: true };
  if (createdVersion !== undefined) {
    return { submissionId, version: createdVersion, created: false };
  }
  // A key recorded earlier but not marked: its item exists unless that try died before appending.
  if (!claimed) {
    const { version } = await streams.load(submissionId);
    if (version > 0) return { submissionId, version, created: false };
  }
  try {
    const result = await streams.create(build(submissionId), metadata);
    if (idempotencyKey) await keys.markCreated(scope, idempotencyKey, result.version);
    return { ...result, created: true };
  } catch (error) {
    if (!idempotencyKey || !(error instanceof VersionConflictError)) throw error;
    const { version } = await streams.load(submissionId);
    return { submissionId, version, created: false };
  }
}
