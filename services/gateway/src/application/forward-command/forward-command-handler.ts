import type { Downstream, ForwardRequest, ForwardResponse } from '../ports/downstream';

const FORBIDDEN = 403;
const NOT_FOUND = 404;

/**
 * Sends a request to the service that owns the rules (intake, triage) and passes its answer back.
 * The service's 403 on an existing item becomes 404: callers must not learn that an item they may
 * not see exists.
 */
export class ForwardCommandHandler {
  constructor(private readonly downstream: Downstream) {}

  async execute(request: ForwardRequest): Promise<ForwardResponse> {
    const response = await this.downstream.send(request);
    if (response.status !== FORBIDDEN) return response;
    return {
      status: NOT_FOUND,
      etag: undefined,
      location: undefined,
      body: { code: 'not-found', message: 'not found' },
    };
  }
}
