import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { HealthProbe } from './probes';
import { Public } from '../public-endpoint';

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');
const PROBE_TIMEOUT_MS = 3_000;

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS).unref(),
    ),
  ]);

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbe[],
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check(this.probes.map((probe) => () => this.probe(probe)));
  }

  private async probe({ name, ping }: HealthProbe) {
    const indicator = this.indicators.check(name);
    try {
      await withTimeout(ping());
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
