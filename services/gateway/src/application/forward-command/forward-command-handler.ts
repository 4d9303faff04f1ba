import type {
  Downstream,
  DownstreamName,
  ForwardRequest,
  ForwardResponse,
} from '../ports/downstream';

const FORBIDDEN = 403;
const NOT_FOUND = 404;

/** A service's answer, with the service that gave it (whose paths its Location names). */
export interface ForwardedAnswer extends ForwardResponse {
  service: DownstreamName;
}

/**
 * Sends a request to the service that owns the rules (intake, triage) and passes its answer back.
 * The service's 403 on an existing item becomes 404: callers must not learn that an item they may
 * not see exists.
 */
export class ForwardCommandHandler {
  constructor(private readonly downstream: Downstream) {}

  /** The service this handler forwards to. */
  get service(): DownstreamName {
    return this.downstream.name;
  }

  async execute(request: ForwardRequest): Promise<ForwardedAnswer> {
    const response = await this.downstream.send(request);
    if (response.status !== FORBIDDEN) return { ...response, service: this.service };
    return {
      service: this.service,
      status: NOT_FOUND,
      etag: undefined,
      location: undefined,
      body: { code: 'not-found', message: 'not found' },
    };
  }
}

/** The forwarder to intake (submissions, imports): what its controllers ask for. */
export class ForwardToIntakeHandler extends ForwardCommandHandler {}

/** The forwarder to triage (研判), which the triage use cases send through too. */
export class ForwardToTriageHandler extends ForwardCommandHandler {}
