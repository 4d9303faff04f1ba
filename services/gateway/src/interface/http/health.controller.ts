import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { GatewayRuntime } from '../../gateway-runtime';
import { Public } from './access';

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
    private readonly runtime: GatewayRuntime,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.probe('mongodb', () => this.runtime.connection.db!.admin().ping()),
      () => this.probe('redis', () => this.runtime.redis.ping()),
      () =>
        this.probe('kafka', async () => {
          const admin = this.runtime.kafka.admin();
          await admin.connect();
          try {
            await admin.describeCluster();
          } finally {
            await admin.disconnect();
          }
        }),
    ]);
  }

  private async probe(key: string, ping: () => Promise<unknown>) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(ping());
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
