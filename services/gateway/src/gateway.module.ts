import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { OperationsModule, runtimeLifecycle } from '@opinion/http';
import { AuthenticateHandler } from './application/authenticate/authenticate-handler';
import type { GatewayRuntime } from './gateway-runtime';
import type { GatewayConfig } from './infrastructure/gateway-config';
import { AccessGuard } from './interface/http/access.guard';
import { AdminOrganisationsController } from './interface/http/admin-organisations.controller';
import { AdminUsersController } from './interface/http/admin-users.controller';
import { AuthController } from './interface/http/auth.controller';
import { ImportsController } from './interface/http/imports.controller';
import { MeController } from './interface/http/me.controller';
import { RateLimitGuard } from './interface/http/rate-limit';
import { SessionCookie } from './interface/http/session-cookie';
import { SubmissionsController } from './interface/http/submissions.controller';
import { TriageController } from './interface/http/triage.controller';
import { ReadModelsConsumer } from './interface/kafka/read-models.consumer';

/** Use cases are built by the runtime (the composition root); Nest only routes to them. */
@Module({})
export class GatewayModule {
  static register(runtime: GatewayRuntime, config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [OperationsModule.register({ probes: runtime.probes, metrics: runtime.metrics })],
      controllers: [
        AuthController,
        MeController,
        AdminOrganisationsController,
        AdminUsersController,
        SubmissionsController,
        ImportsController,
        TriageController,
        ReadModelsConsumer,
      ],
      providers: [
        runtimeLifecycle(runtime),
        ...runtime.useCases.providers(),
        { provide: SessionCookie, useValue: new SessionCookie(config.REFRESH_TOKEN_TTL_SECONDS) },
        // Guards run in this order: who is calling, then how often.
        {
          provide: APP_GUARD,
          inject: [Reflector, AuthenticateHandler],
          useFactory: (reflector: Reflector, authenticate: AuthenticateHandler) =>
            new AccessGuard(reflector, authenticate),
        },
        {
          provide: APP_GUARD,
          inject: [Reflector],
          useFactory: (reflector: Reflector) =>
            new RateLimitGuard(reflector, runtime.rateLimiter, runtime.metrics, config),
        },
      ],
    };
  }
}
