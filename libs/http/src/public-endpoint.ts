import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'http:public';

/**
 * Needs no caller identity (login, /health, /metrics). Services behind the gateway ignore it;
 * the gateway's access guard lets these through and refuses endpoints that declare nothing.
 */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
