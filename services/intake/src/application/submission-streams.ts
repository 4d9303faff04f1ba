import type { EventMetadata } from '@opinion/contracts';
import { streamIdOf, WrongExpectedVersionError, type EventStorePort } from '@opinion/event-store';
import {
  decide,
  evolve,
  initialSubmissionState,
  type SubmissionCommand,
  type SubmissionState,
} from '../domain';
import { VersionConflictError } from './application-errors';

export const SUBMISSION_CATEGORY = 'submission';
export const submissionStreamId = (submissionId: string) =>
  streamIdOf(SUBMISSION_CATEGORY, submissionId);

export interface LoadedSubmission {
  state: SubmissionState;
  /** The stream's version (its last position), 0 when it does not exist: the ETag. */
  version: number;
}

export interface WriteResult {
  submissionId: string;
  version: number;
}

/** Loads a submission from its stream, runs the decider and appends what it decided. */
export class SubmissionStreams {
  constructor(private readonly store: EventStorePort) {}

  async load(submissionId: string): Promise<LoadedSubmission> {
    const events = await this.store.readStream(submissionStreamId(submissionId));
    return {
      state: events.reduce(evolve, initialSubmissionState()),
      version: events.at(-1)?.streamPosition ?? 0,
    };
  }

  /**
   * `expectedVersion` is the version the caller decided on (If-Match); without it the command is
   * decided on whatever is current. Either way the append expects the version that was read.
   */
  async execute(
    command: SubmissionCommand,
    metadata: EventMetadata,
    expectedVersion?: number,
  ): Promise<WriteResult> {
    const { submissionId } = command;
    const { state, version } = await this.load(submissionId);
    if (expectedVersion !== undefined && expectedVersion !== version) {
      throw new VersionConflictError('stale', submissionId, expectedVersion, version);
    }
    return this.append(command, state, version, metadata);
  }

  /** Starts a stream for a new id without reading it: the append expects no stream. */
  create(command: SubmissionCommand, metadata: EventMetadata): Promise<WriteResult> {
    return this.append(command, initialSubmissionState(), 0, metadata);
  }

  private async append(
    command: SubmissionCommand,
    state: SubmissionState,
    version: number,
    metadata: EventMetadata,
  ): Promise<WriteResult> {
    const { submissionId } = command;
    const events = decide(command, state);
    if (events.length === 0) return { submissionId, version };
    try {
      const appended = await this.store.append(
        submissionStreamId(submissionId),
        version === 0 ? 'no_stream' : version,
        events,
        metadata,
      );
      return { submissionId, version: appended.nextExpectedVersion };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      throw new VersionConflictError('concurrent', submissionId, version, error.actual);
    }
  }
}
