import type { Intake, IntakeRequest, IntakeResponse } from '../ports/intake';

const FORBIDDEN = 403;
const NOT_FOUND = 404;

/**
 * Sends a command to intake, which owns the rules, and passes its answer back. Intake's 403 on
 * an existing item becomes 404: callers must not learn that an item they may not see exists.
 */
export class ForwardCommandHandler {
  constructor(private readonly intake: Intake) {}

  async execute(request: IntakeRequest): Promise<IntakeResponse> {
    const response = await this.intake.send(request);
    if (response.status !== FORBIDDEN) return response;
    return {
      status: NOT_FOUND,
      etag: undefined,
      location: undefined,
      body: { code: 'not-found', message: 'not found' },
    };
  }
}
