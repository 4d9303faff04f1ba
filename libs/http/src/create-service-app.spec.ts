import { Controller, Get, Module, Req } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import {
  createServiceApp,
  type ServiceAppOptions,
  type ServiceRuntime,
} from './create-service-app';
import type { ErrorRequest, HttpAnswer } from './http-error-filter';
import { ServiceMetrics } from './operations/service-metrics';

class Throttled extends Error {}

@Controller('probe')
class ProbeController {
  @Get('ip')
  ip(@Req() request: { ip?: string }) {
    return { ip: request.ip };
  }

  @Get('throttled')
  throttled() {
    throw new Throttled();
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const throttledAnswer = (error: unknown, { locale }: ErrorRequest): HttpAnswer | null =>
  error instanceof Throttled
    ? {
        status: 429,
        body: { code: 'rate-limited', message: locale === 'en' ? 'slow down' : '请求过于频繁' },
        headers: { 'Retry-After': '17' },
      }
    : null;

/** A service app around ProbeController, its info lines recorded instead of written. */
async function startApp(options: Partial<ServiceAppOptions<ServiceRuntime>> = {}) {
  const infoLines: Array<{ fields: unknown; message: string }> = [];
  const runtime: ServiceRuntime = {
    metrics: new ServiceMetrics('spec'),
    stop: jest.fn(() => Promise.resolve()),
  };
  const app: NestExpressApplication = await createServiceApp({
    name: 'spec',
    logLevel: 'silent',
    start: (logger: Logger) => {
      jest.spyOn(logger, 'info').mockImplementation(((fields: unknown, message: string) => {
        infoLines.push({ fields, message });
      }) as Logger['info']);
      return Promise.resolve(runtime);
    },
    module: () => ({ module: ProbeModule }),
    jsonLimit: '1kb',
    errors: throttledAnswer,
    openApi: { title: 'spec', description: 'spec' },
    ...options,
  });
  await app.listen(0, '127.0.0.1');
  return { app, runtime, url: await app.getUrl(), infoLines };
}

describe('createServiceApp', () => {
  const apps: NestExpressApplication[] = [];
  const started = async (options?: Partial<ServiceAppOptions<ServiceRuntime>>) => {
    const running = await startApp(options);
    apps.push(running.app);
    return running;
  };
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it('answers a mapped error with its headers, in the reader’s language', async () => {
    const { url } = await started();
    const zh = await fetch(`${url}/probe/throttled`);
    expect(zh.status).toBe(429);
    expect(zh.headers.get('retry-after')).toBe('17');
    expect(await zh.json()).toEqual({ code: 'rate-limited', message: '请求过于频繁' });
    const en = await fetch(`${url}/probe/throttled`, { headers: { 'accept-language': 'en' } });
    expect(await en.json()).toEqual({ code: 'rate-limited', message: 'slow down' });
  });

  it('trusts X-Forwarded-For only when told to', async () => {
    const forwarded = { headers: { 'x-forwarded-for': '203.0.113.7' } };
    const plain = await started();
    const ipOf = async (url: string) =>
      ((await (await fetch(`${url}/probe/ip`, forwarded)).json()) as { ip: string }).ip;
    expect(await ipOf(plain.url)).not.toBe('203.0.113.7');
    const proxied = await started({ trustProxy: 'loopback' });
    expect(await ipOf(proxied.url)).toBe('203.0.113.7');
  });

  it('logs one line per request by route when asked, and none otherwise', async () => {
    const requestLines = (lines: Array<{ fields: unknown; message: string }>) =>
      lines.filter(({ message }) => message === 'request').map(({ fields }) => fields);
    const quiet = await started();
    await (await fetch(`${quiet.url}/probe/ip`)).text();
    expect(requestLines(quiet.infoLines)).toEqual([]);

    const logging = await started({ logRequests: true });
    await (await fetch(`${logging.url}/probe/ip`)).text();
    await (await fetch(`${logging.url}/nowhere`)).text();
    await new Promise((resolve) => setImmediate(resolve));
    expect(requestLines(logging.infoLines)).toEqual([
      { method: 'GET', route: '/probe/ip', status: 200, ms: expect.any(Number) as number },
      { method: 'GET', route: 'unmatched', status: 404, ms: expect.any(Number) as number },
    ]);
  });

  it('runs the `before` middleware ahead of every route, OpenAPI’s too, and hides X-Powered-By', async () => {
    const { url } = await started({
      before: (app) =>
        app.use(
          (
            _: unknown,
            response: { setHeader(name: string, value: string): void },
            next: () => void,
          ) => {
            response.setHeader('x-before', 'yes');
            next();
          },
        ),
    });
    for (const path of ['/probe/ip', '/docs-json', '/nowhere']) {
      const answer = await fetch(`${url}${path}`);
      expect([path, answer.headers.get('x-before'), answer.headers.get('x-powered-by')]).toEqual([
        path,
        'yes',
        null,
      ]);
    }
  });

  it('declares bearer authentication in OpenAPI when the service takes access tokens', async () => {
    const schemesOf = async (url: string) =>
      ((await (await fetch(`${url}/docs-json`)).json()) as { components: object }).components;
    const plain = await started();
    expect(await schemesOf(plain.url)).not.toHaveProperty('securitySchemes');
    const bearer = await started({ openApi: { title: 't', description: 'd', bearerAuth: true } });
    expect(await schemesOf(bearer.url)).toMatchObject({
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    });
  });

  it('stops the runtime when the app cannot be built', async () => {
    const runtime: ServiceRuntime = {
      metrics: new ServiceMetrics('spec'),
      stop: jest.fn(() => Promise.resolve()),
    };
    await expect(
      createServiceApp({
        name: 'spec',
        logLevel: 'silent',
        start: () => Promise.resolve(runtime),
        module: () => {
          throw new Error('no module');
        },
        jsonLimit: '1kb',
        errors: throttledAnswer,
        openApi: { title: 'spec', description: 'spec' },
      }),
    ).rejects.toThrow('no module');
    expect(runtime.stop).toHaveBeenCalledTimes(1);
  });
});
