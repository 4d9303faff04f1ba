import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HEALTH_PROBES, HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import type { HealthProbe } from './probes';
import { ServiceMetrics } from './service-metrics';

/** /health (terminus, one check per probe) and /metrics, the same in every service. */
@Module({})
export class OperationsModule {
  static register(options: { probes: HealthProbe[]; metrics: ServiceMetrics }): DynamicModule {
    return {
      module: OperationsModule,
      imports: [TerminusModule],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: HEALTH_PROBES, useValue: options.probes },
        { provide: ServiceMetrics, useValue: options.metrics },
      ],
    };
  }
}
