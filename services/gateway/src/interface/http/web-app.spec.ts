import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp, ServiceMetrics } from '@opinion/http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayHttpAnswer } from './gateway-http-errors';
import { CONTENT_SECURITY_POLICY, securityHeaders, webApp } from './web-app';

@Controller('api')
class ProbeController {
  @Get('probe')
  probe() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-Bx12.js"></script></body></html>';
const SCRIPT = 'console.log("app")';

/** The gateway's app shape: createServiceApp with the web app mounted before every route. */
async function startWith(root: string) {
  const app: NestExpressApplication = await createServiceApp({
    name: 'spec',
    logLevel: 'silent',
    start: () =>
      Promise.resolve({ metrics: new ServiceMetrics('spec'), stop: () => Promise.resolve() }),
    module: () => ({ module: ProbeModule }),
    jsonLimit: '1kb',
    errors: gatewayHttpAnswer,
    openApi: { title: 'spec', description: 'spec' },
    before: (express) => {
      express.use(securityHeaders);
      express.use(webApp(root));
    },
  });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the web app beside the API', () => {
  let built: string;
  let empty: string;
  let servers: Array<{ app: NestExpressApplication; url: string }>;
  let url: string;
  let unbuiltUrl: string;

  beforeAll(async () => {
    built = await mkdtemp(join(tmpdir(), 'web-dist-'));
    empty = await mkdtemp(join(tmpdir(), 'web-empty-'));
    await mkdir(join(built, 'assets'));
    await writeFile(join(built, 'index.html'), INDEX);
    await writeFile(join(built, 'assets', 'index-Bx12.js'), SCRIPT);
    await writeFile(join(built, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(built, '.env'), 'SECRET=1');
    servers = [await startWith(built), await startWith(empty)];
    [url, unbuiltUrl] = servers.map((server) => server.url);
  });
  afterAll(async () => {
    for (const server of servers ?? []) await server.app.close();
    await rm(built, { recursive: true, force: true });
    await rm(empty, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the strict headers, and no X-Powered-By', async () => {
    const answer = await fetch(`${url}/`, { headers: HTML });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(INDEX);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('same-origin');
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('caches hashed assets for a year, other files not at all', async () => {
    const script = await fetch(`${url}/assets/index-Bx12.js`);
    expect(await script.text()).toBe(SCRIPT);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const icon = await fetch(`${url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    const head = await fetch(`${url}/`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('answers the app’s own routes with index.html to a browser, and 404 JSON to a script', async () => {
    for (const path of [
      '/login',
      '/inbox',
      '/items/019a0000-0000-7000-8000-000000000001',
      '/manage/users',
    ]) {
      const page = await fetch(`${url}${path}`, { headers: HTML });
      expect([path, page.status, await page.text()]).toEqual([path, 200, INDEX]);
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
    const script = await fetch(`${url}/inbox`, { headers: { accept: 'application/json' } });
    expect(script.status).toBe(404);
    expect(script.headers.get('content-type')).toMatch(/json/);
    const missingAsset = await fetch(`${url}/assets/gone-1234.js`);
    expect(missingAsset.status).toBe(404);
  });

  it('never answers an API path, a write, a dotfile or a path outside the root with a file', async () => {
    const api = await fetch(`${url}/api/probe`, { headers: HTML });
    expect(await api.json()).toEqual({ ok: true });
    expect(api.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const path of [
      '/api/nothing',
      '/auth/nothing',
      '/me/x',
      '/admin',
      '/triage/x',
      '/docs/x',
    ]) {
      const answer = await fetch(`${url}${path}`, { headers: HTML });
      expect([path, answer.status, answer.headers.get('content-type')]).toEqual([
        path,
        404,
        expect.stringMatching(/json/),
      ]);
    }
    expect((await fetch(`${url}/inbox`, { method: 'POST', headers: HTML })).status).toBe(404);
    const dotfile = await fetch(`${url}/.env`, { headers: HTML });
    expect(await dotfile.text()).toBe(INDEX);
    const outside = await fetch(`${url}/..%2f..%2f..%2fetc%2fpasswd`, { headers: HTML });
    expect(await outside.text()).toBe(INDEX);
  });

  it('asks for the web app to be built when there is no index.html, in zh-CN, without failing', async () => {
    const page = await fetch(`${unbuiltUrl}/`, { headers: HTML });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('npm run web:build');
    const json = await fetch(`${unbuiltUrl}/`);
    expect(await json.json()).toEqual({
      code: 'web-app-not-built',
      message: expect.stringContaining('网页端尚未构建') as string,
    });
    const route = await fetch(`${unbuiltUrl}/inbox`, {
      headers: { ...HTML, 'accept-language': 'en' },
    });
    expect(await route.text()).toContain('The web app is not built');
    expect(await (await fetch(`${unbuiltUrl}/api/probe`)).json()).toEqual({ ok: true });
  });
});
