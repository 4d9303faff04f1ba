import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IntakeRuntime } from '../../intake-runtime';

/** Prometheus scrape endpoint: HTTP durations and the outbox relay's lag. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly runtime: IntakeRuntime) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics() {
    return this.runtime.metrics.registry.metrics();
  }
}
