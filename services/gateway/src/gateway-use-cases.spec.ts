import { UseCases } from '@opinion/http';
import {
  ForwardToIntakeHandler,
  ForwardToTriageHandler,
} from './application/forward-command/forward-command-handler';
import { IdentityReadModels } from './application/identity-streams';
import { SubmissionsFeed } from './application/ports/submission-read-model';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { GATEWAY_USE_CASES, type GatewayPorts } from './gateway-use-cases';
import { FakeDownstream } from './testing/fake-downstream';
import { principalOf, USERS } from './testing/gateway-fixtures';
import { IdentityTestBed } from './testing/identity-test-bed';
import { InMemorySubmissionReadModel } from './testing/in-memory-submissions';

/** The gateway's use cases on in-memory ports, with the services behind it faked. */
async function gatewayUseCases() {
  const bed = await IdentityTestBed.withTree();
  const ports: GatewayPorts = {
    streams: bed.streams,
    identity: bed.directory,
    submissions: new InMemorySubmissionReadModel(),
    reservations: bed.reservations,
    credentials: bed.credentials,
    sessions: bed.sessions,
    tokens: bed.tokens,
    intake: new FakeDownstream('intake'),
    triage: new FakeDownstream('triage').answers({ status: 202, body: { status: 'queued' } }),
  };
  return { ports, useCases: new UseCases(GATEWAY_USE_CASES, ports) };
}

describe('GATEWAY_USE_CASES', () => {
  it('builds every use case from the ports, one provider under each class', async () => {
    const { useCases } = await gatewayUseCases();
    const providers = useCases.providers() as Array<{ provide: unknown; useValue: unknown }>;
    expect(providers.map(({ provide }) => provide)).toEqual(
      GATEWAY_USE_CASES.map(({ handler }) => handler),
    );
    for (const { useValue } of providers) expect(useValue).toBeDefined();
  });

  it('gives each service behind the gateway its own forwarder, which the triage use cases use', async () => {
    const { ports, useCases } = await gatewayUseCases();
    expect(useCases.get(ForwardToIntakeHandler).service).toBe('intake');
    expect(useCases.get(ForwardToTriageHandler).service).toBe('triage');

    await useCases.get(RequestRetrainHandler).execute(undefined, principalOf(USERS.editor), {});
    expect((ports.triage as FakeDownstream).last.path).toBe('/triage/models/retrain');
    expect((ports.intake as FakeDownstream).requests).toEqual([]);
  });

  it('hands the Kafka consumer the read models it feeds', async () => {
    const { ports, useCases } = await gatewayUseCases();
    expect(useCases.get(IdentityReadModels)).toBe(ports.identity);
    expect(useCases.get(SubmissionsFeed)).toBe(ports.submissions);
  });
});
