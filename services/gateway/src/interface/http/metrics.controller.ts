import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { GatewayRuntime } from '../../gateway-runtime';
import { Public } from './access';

/** Prometheus scrapes this from inside the deployment; the gateway binds loopback by default. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly runtime: GatewayRuntime) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics() {
    return this.runtime.metrics.registry.metrics();
  }
}
