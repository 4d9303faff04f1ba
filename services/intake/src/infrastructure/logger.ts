import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { IntakeConfig } from './intake-config';

export const createLogger = (level: IntakeConfig['LOG_LEVEL']): Logger =>
  pino({ name: 'intake', level });

/** Nest's own messages (routes mapped, start-up errors) go through pino as well. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
