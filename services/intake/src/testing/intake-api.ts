import type { Actor } from '@opinion/contracts';
import { createServiceApp, ServiceMetrics, UseCases } from '@opinion/http';
import { InMemoryEventTransport } from '@opinion/messaging';
// By path: @opinion/testing's index loads the servers' clients.
import { ApiSpecification } from '../../../../libs/testing/src/api-specification';
import { SubmissionStreams } from '../application/submission-streams';
import { intakeAppOptions } from '../create-intake-app';
import { readImportRows } from '../infrastructure/import-rows/read-import-rows';
import { INTAKE_USE_CASES, type IntakePorts } from '../intake-use-cases';
import { intakeStore } from './intake-fixtures';
import { InMemoryIdempotencyKeys } from './in-memory-idempotency-keys';
import { InMemoryImportFiles, InMemoryImportQueue, InMemoryImportStore } from './in-memory-imports';
import { InMemoryMySubmissions, InMemoryTimelines } from './in-memory-read-models';

/** The headers the gateway sets for a signed-in person. */
export const identityHeaders = (actor: Actor): Record<string, string> => ({
  'x-user-id': actor.userId,
  'x-user-role': actor.role,
  'x-org-id': actor.orgId,
});

export interface IntakeApi {
  api: ApiSpecification;
  ports: IntakePorts;
  transport: InMemoryEventTransport;
}

/**
 * Intake's own HTTP app, controllers and Kafka controllers on in-memory ports: the service as a
 * client sees it, with no server behind it (docs/service-skeleton.md, "Specs").
 */
export async function startIntakeApi(clock?: () => Date): Promise<IntakeApi> {
  const store = intakeStore(clock);
  const ports: IntakePorts = {
    streams: new SubmissionStreams(store),
    keys: new InMemoryIdempotencyKeys(),
    mySubmissions: new InMemoryMySubmissions(),
    timelines: new InMemoryTimelines(),
    imports: new InMemoryImportStore(clock),
    importFiles: new InMemoryImportFiles(),
    importQueue: new InMemoryImportQueue(),
    readImportRows,
  };
  const transport = new InMemoryEventTransport();
  const runtime = {
    useCases: new UseCases(INTAKE_USE_CASES, ports),
    metrics: new ServiceMetrics('intake'),
    probes: [],
    transport,
    stop: async () => undefined,
  };
  const app = await createServiceApp(
    intakeAppOptions(
      { LOG_LEVEL: 'silent', INTAKE_BODY_LIMIT: '256kb', INTAKE_IMPORT_LIMIT: '8mb' },
      async () => runtime,
    ),
  );
  return { api: await ApiSpecification.start({ app, store, transport }), ports, transport };
}
