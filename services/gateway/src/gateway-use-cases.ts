import { useCase } from '@opinion/http';
import { AuthenticateHandler } from './application/authenticate/authenticate-handler';
import { CreateOrganisationHandler } from './application/create-organisation/create-organisation-handler';
import { CreateUserHandler } from './application/create-user/create-user-handler';
import {
  ForwardToIntakeHandler,
  ForwardToTriageHandler,
} from './application/forward-command/forward-command-handler';
import { ForwardTaxonomyHandler } from './application/forward-taxonomy/forward-taxonomy-handler';
import { GetInboxHandler } from './application/get-inbox/get-inbox-handler';
import { GetMeHandler } from './application/get-me/get-me-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import { GetUserHandler } from './application/get-user/get-user-handler';
import { IdentityReadModels, type IdentityStreams } from './application/identity-streams';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { ListOrganisationsHandler } from './application/list-organisations/list-organisations-handler';
import { LoginHandler } from './application/login/login-handler';
import { LogoutHandler } from './application/logout/logout-handler';
import type { AccessTokens } from './application/ports/access-tokens';
import type { Credentials } from './application/ports/credentials';
import type { Downstream } from './application/ports/downstream';
import type { IdentityDirectory } from './application/ports/identity-directory';
import type { InboxReadModel } from './application/ports/inbox-read-model';
import type { Sessions } from './application/ports/sessions';
import {
  SubmissionsFeed,
  type SubmissionReadModel,
} from './application/ports/submission-read-model';
import type { UsernameReservations } from './application/ports/username-reservations';
import { RefreshHandler } from './application/refresh/refresh-handler';
import { RenameOrganisationHandler } from './application/rename-organisation/rename-organisation-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { SubmissionVisibility } from './application/submission-visibility';
import { UpdateUserHandler } from './application/update-user/update-user-handler';

/** What the gateway's handlers are built from: ports, each opened by the runtime (or a spec). */
export interface GatewayPorts {
  streams: IdentityStreams;
  /** The user and organisation read models, which the identity streams also feed. */
  identity: IdentityDirectory & IdentityReadModels;
  /** Intake's items with triage's answer about each: queries, the inbox, and what feeds them. */
  submissions: SubmissionReadModel & InboxReadModel & SubmissionsFeed;
  reservations: UsernameReservations;
  credentials: Credentials;
  sessions: Sessions;
  tokens: AccessTokens;
  intake: Downstream;
  triage: Downstream;
}

/**
 * Every gateway use case, the visibility rule two of them share and the read-model feeds, one
 * line each (docs/service-skeleton.md).
 */
export const GATEWAY_USE_CASES = [
  useCase(
    LoginHandler,
    (p: GatewayPorts) =>
      new LoginHandler(p.reservations, p.identity, p.credentials, p.sessions, p.tokens),
  ),
  useCase(
    RefreshHandler,
    (p: GatewayPorts) => new RefreshHandler(p.sessions, p.identity, p.tokens),
  ),
  useCase(LogoutHandler, (p: GatewayPorts) => new LogoutHandler(p.sessions)),
  useCase(AuthenticateHandler, (p: GatewayPorts) => new AuthenticateHandler(p.tokens, p.sessions)),
  useCase(CreateOrganisationHandler, (p: GatewayPorts) => new CreateOrganisationHandler(p.streams)),
  useCase(RenameOrganisationHandler, (p: GatewayPorts) => new RenameOrganisationHandler(p.streams)),
  useCase(ListOrganisationsHandler, (p: GatewayPorts) => new ListOrganisationsHandler(p.identity)),
  useCase(
    CreateUserHandler,
    (p: GatewayPorts) => new CreateUserHandler(p.streams, p.reservations, p.credentials),
  ),
  useCase(
    UpdateUserHandler,
    (p: GatewayPorts) => new UpdateUserHandler(p.streams, p.credentials, p.sessions),
  ),
  useCase(GetUserHandler, (p: GatewayPorts) => new GetUserHandler(p.identity)),
  useCase(GetMeHandler, (p: GatewayPorts) => new GetMeHandler(p.identity)),
  useCase(SubmissionVisibility, (p: GatewayPorts) => new SubmissionVisibility(p.identity)),
  useCase(
    GetSubmissionHandler,
    (p: GatewayPorts, u) => new GetSubmissionHandler(p.submissions, u.get(SubmissionVisibility)),
  ),
  useCase(
    ListMySubmissionsHandler,
    (p: GatewayPorts) => new ListMySubmissionsHandler(p.submissions),
  ),
  useCase(GetInboxHandler, (p: GatewayPorts) => new GetInboxHandler(p.submissions, p.identity)),
  useCase(ForwardToIntakeHandler, (p: GatewayPorts) => new ForwardToIntakeHandler(p.intake)),
  useCase(ForwardToTriageHandler, (p: GatewayPorts) => new ForwardToTriageHandler(p.triage)),
  useCase(
    SimilarItemsHandler,
    (p: GatewayPorts, u) =>
      new SimilarItemsHandler(
        u.get(ForwardToTriageHandler),
        p.submissions,
        u.get(SubmissionVisibility),
      ),
  ),
  useCase(
    RequestRetrainHandler,
    (p: GatewayPorts, u) => new RequestRetrainHandler(u.get(ForwardToTriageHandler), p.identity),
  ),
  useCase(
    ForwardTaxonomyHandler,
    (p: GatewayPorts, u) => new ForwardTaxonomyHandler(u.get(ForwardToTriageHandler), p.identity),
  ),
  useCase(IdentityReadModels, (p: GatewayPorts) => p.identity),
  useCase(SubmissionsFeed, (p: GatewayPorts) => p.submissions),
];
