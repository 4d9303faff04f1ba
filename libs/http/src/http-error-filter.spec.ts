import { NotFoundException, type ArgumentsHost } from '@nestjs/common';
import type { Logger } from 'pino';
import { HttpErrorFilter, type ErrorRequest, type HttpAnswer } from './http-error-filter';
import { RequestValidationError } from './request-validation';

class Throttled extends Error {}

/** What the filter sent, and what it logged. */
function answered(
  filter: (logger: Logger) => HttpErrorFilter,
  error: unknown,
  acceptLanguage?: string,
) {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
    headers: {},
  };
  const response = {
    status(code: number) {
      sent.status = code;
      return response;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const request = { headers: { 'accept-language': acceptLanguage } };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  const logged: Array<{ level: string; message: string }> = [];
  const logger = {
    warn: (_: unknown, message: string) => logged.push({ level: 'warn', message }),
    error: (_: unknown, message: string) => logged.push({ level: 'error', message }),
  } as unknown as Logger;
  filter(logger).catch(error, host);
  return { ...sent, logged };
}

describe('HttpErrorFilter', () => {
  it('sends the headers a mapping gives with its answer', () => {
    const mapping = (error: unknown): HttpAnswer | null =>
      error instanceof Throttled
        ? { status: 429, body: { code: 'rate-limited' }, headers: { 'Retry-After': '17' } }
        : null;
    const sent = answered((logger) => new HttpErrorFilter(logger, mapping), new Throttled());
    expect(sent).toEqual({
      status: 429,
      headers: { 'Retry-After': '17' },
      body: { code: 'rate-limited' },
      logged: [],
    });
  });

  it('tells the mapping the reader’s language, zh-CN unless Accept-Language asks for en', () => {
    const seen: ErrorRequest[] = [];
    const mapping = (_: unknown, request: ErrorRequest) => {
      seen.push(request);
      return { status: 422, body: {} };
    };
    answered((logger) => new HttpErrorFilter(logger, mapping), new Throttled(), 'en-GB,en;q=0.8');
    answered((logger) => new HttpErrorFilter(logger, mapping), new Throttled());
    expect(seen).toEqual([{ locale: 'en' }, { locale: 'zh-CN' }]);
  });

  it('answers validation and Nest’s own errors when the mapping does not know them, without headers', () => {
    const none = () => null;
    const invalid = new RequestValidationError([{ field: 'title', message: '必填' }]);
    expect(answered((logger) => new HttpErrorFilter(logger, none), invalid)).toMatchObject({
      status: 400,
      headers: {},
      body: { errors: [{ field: 'title', message: '必填' }] },
    });
    expect(
      answered((logger) => new HttpErrorFilter(logger), new NotFoundException('no route')),
    ).toMatchObject({ status: 404, body: { code: 'http', message: 'no route' } });
  });

  it('logs a mapped server error as a warning, and an unknown error as an error (500)', () => {
    const unavailable = () => ({ status: 503, body: { code: 'intake-unavailable' } });
    expect(
      answered((logger) => new HttpErrorFilter(logger, unavailable), new Error('ECONNREFUSED')),
    ).toMatchObject({
      status: 503,
      logged: [{ level: 'warn', message: 'answered with a server error' }],
    });
    expect(answered((logger) => new HttpErrorFilter(logger), new Error('bug'))).toEqual({
      status: 500,
      headers: {},
      body: { code: 'internal', message: 'internal error' },
      logged: [{ level: 'error', message: 'unhandled error' }],
    });
  });
});
