import pino, { type Logger } from 'pino';
import type { LogLevel } from '@opinion/config';

/** The service's pino logger; Nest's own messages join it through PinoNestLogger. */
export const createServiceLogger = (service: string, level: LogLevel): Logger =>
  pino({ name: service, level });
