import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { AuthenticateHandler } from './application/authenticate/authenticate-handler';
import { CreateOrganisationHandler } from './application/create-organisation/create-organisation-handler';
import { CreateUserHandler } from './application/create-user/create-user-handler';
import { GetMeHandler } from './application/get-me/get-me-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import { GetUserHandler } from './application/get-user/get-user-handler';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { ListOrganisationsHandler } from './application/list-organisations/list-organisations-handler';
import { LoginHandler } from './application/login/login-handler';
import { LogoutHandler } from './application/logout/logout-handler';
import { RefreshHandler } from './application/refresh/refresh-handler';
import { ForwardTaxonomyHandler } from './application/forward-taxonomy/forward-taxonomy-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { RenameOrganisationHandler } from './application/rename-organisation/rename-organisation-handler';
import { UpdateUserHandler } from './application/update-user/update-user-handler';
import { GatewayRuntime } from './gateway-runtime';
import { AccessGuard } from './interface/http/access.guard';
import { AdminOrganisationsController } from './interface/http/admin-organisations.controller';
import { AdminUsersController } from './interface/http/admin-users.controller';
import { AuthController } from './interface/http/auth.controller';
import { FORWARD_TO_INTAKE, FORWARD_TO_TRIAGE } from './interface/http/forward-targets';
import { ImportsController } from './interface/http/imports.controller';
import { MeController } from './interface/http/me.controller';
import { RateLimitGuard } from './interface/http/rate-limit';
import { SubmissionsController } from './interface/http/submissions.controller';
import { TriageController } from './interface/http/triage.controller';

export const GATEWAY_CONTROLLERS = [
  AuthController,
  MeController,
  AdminOrganisationsController,
  AdminUsersController,
  SubmissionsController,
  ImportsController,
  TriageController,
];

/** Handlers are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class GatewayModule {
  static register(runtime: GatewayRuntime): DynamicModule {
    const { handlers } = runtime;
    const value = <T>(provide: abstract new (...args: never[]) => T, useValue: T) => ({
      provide,
      useValue,
    });
    return {
      module: GatewayModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      controllers: GATEWAY_CONTROLLERS,
      providers: [
        { provide: GatewayRuntime, useValue: runtime },
        runtimeLifecycle(runtime),
        // Guards run in this order: who is calling, then how often.
        {
          provide: APP_GUARD,
          inject: [Reflector],
          useFactory: (reflector: Reflector) => new AccessGuard(reflector, handlers.authenticate),
        },
        {
          provide: APP_GUARD,
          inject: [Reflector],
          useFactory: (reflector: Reflector) =>
            new RateLimitGuard(reflector, runtime.rateLimiter, runtime.metrics, runtime.config),
        },
        value(LoginHandler, handlers.login),
        value(RefreshHandler, handlers.refresh),
        value(LogoutHandler, handlers.logout),
        value(AuthenticateHandler, handlers.authenticate),
        value(CreateOrganisationHandler, handlers.createOrganisation),
        value(RenameOrganisationHandler, handlers.renameOrganisation),
        value(ListOrganisationsHandler, handlers.listOrganisations),
        value(CreateUserHandler, handlers.createUser),
        value(UpdateUserHandler, handlers.updateUser),
        value(GetUserHandler, handlers.getUser),
        value(GetMeHandler, handlers.getMe),
        value(GetSubmissionHandler, handlers.getSubmission),
        value(ListMySubmissionsHandler, handlers.listMySubmissions),
        { provide: FORWARD_TO_INTAKE, useValue: handlers.forwardToIntake },
        { provide: FORWARD_TO_TRIAGE, useValue: handlers.forwardToTriage },
        value(SimilarItemsHandler, handlers.similarItems),
        value(RequestRetrainHandler, handlers.requestRetrain),
        value(ForwardTaxonomyHandler, handlers.forwardTaxonomy),
      ],
    };
  }
}
