import pino, { type Logger } from 'pino';
import type { GatewayConfig } from './gateway-config';

export const createLogger = (level: GatewayConfig['LOG_LEVEL']): Logger =>
  pino({ name: 'gateway', level, redact: ['req.headers.authorization', '*.password'] });
