// By path: @opinion/testing's index loads the servers' clients.
import { HandlerSpecification } from '../../../../libs/testing/src/handler-specification';
import { SubmissionStreams } from '../application/submission-streams';
import { intakeStore, metadataOf, member } from './intake-fixtures';
import { InMemoryIdempotencyKeys } from './in-memory-idempotency-keys';

/** What a submission handler is built from in a spec: the streams on the store, and keys. */
export interface IntakeSpecPorts {
  streams: SubmissionStreams;
  keys: InMemoryIdempotencyKeys;
}

export interface IntakeSpecContext<Handler> extends IntakeSpecPorts {
  handler: Handler;
}

/**
 * A HandlerSpecification for an intake handler: a new in-memory store with the given submission
 * streams (appended by the member), and fresh idempotency keys, for each scenario.
 */
export const intakeHandlerSpec = <Handler>(
  build: (ports: IntakeSpecPorts) => Handler,
  clock?: () => Date,
) =>
  HandlerSpecification.for({
    store: () => intakeStore(clock),
    handler: (store): IntakeSpecContext<Handler> => {
      const ports = { streams: new SubmissionStreams(store), keys: new InMemoryIdempotencyKeys() };
      return { ...ports, handler: build(ports) };
    },
    metadata: metadataOf(member),
  });
