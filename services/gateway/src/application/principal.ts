import { newId, type Actor, type EventMetadata, type PersonRole } from '@opinion/contracts';

/** The authenticated caller of a request, from a verified access token with a live session. */
export interface Principal {
  userId: string;
  role: PersonRole;
  organisationId: string;
  sessionId: string;
}

export const actorOf = (principal: Principal): Actor => ({
  userId: principal.userId,
  role: principal.role,
  orgId: principal.organisationId,
});

export const metadataOf = (actor: Actor, correlationId = newId()): EventMetadata => ({
  actor,
  correlationId,
  causationId: null,
});
