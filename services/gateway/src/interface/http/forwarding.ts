import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { headerOf } from '@opinion/http';

/** The caller's headers intake needs, passed on as they came; identity headers are never taken. */
const PASSED_ON = ['idempotency-key', 'if-match', 'accept-language', 'x-correlation-id'] as const;

export const ForwardedHeaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Record<string, string | undefined> => {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    return Object.fromEntries(PASSED_ON.map((name) => [name, headerOf(request, name)]));
  },
);

/** What controllers set on express's response (`@Res({ passthrough: true })`). */
export interface HeaderResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}
