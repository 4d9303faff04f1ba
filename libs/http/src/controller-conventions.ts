import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

/** What controllers set on express's response (`@Res({ passthrough: true })`). */
export interface HeaderResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

/** The identity headers the gateway sets on every call it forwards, in the OpenAPI document. */
export const ApiIdentityHeaders = () =>
  applyDecorators(
    ApiHeader({ name: 'x-user-id', required: true }),
    ApiHeader({ name: 'x-user-role', required: true }),
    ApiHeader({ name: 'x-org-id', required: true }),
  );
