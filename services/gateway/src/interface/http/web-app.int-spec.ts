import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  demoPassword,
  startGatewayTestApp,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';
import { CONTENT_SECURITY_POLICY } from './web-app';

const INDEX =
  '<!doctype html><title>社情民意信息平台</title><script type="module" src="/assets/index-Ab12.js"></script>';
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the gateway serves the web app (real MongoDB, Redis, Kafka)', () => {
  let root: string;
  let gateway: GatewayTestApp;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gateway-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), INDEX);
    await writeFile(join(root, 'assets', 'index-Ab12.js'), 'export {}');
    gateway = await startGatewayTestApp({ GATEWAY_WEB_ROOT: root, TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await gateway?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers / and the app’s routes with index.html, the API as before, all with the strict headers', async () => {
    for (const path of ['/', '/inbox', '/items/019a0000-0000-7000-8000-000000000001']) {
      const page = await fetch(`${gateway.url}${path}`, { headers: HTML });
      expect([path, page.status, await page.text()]).toEqual([path, 200, INDEX]);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-powered-by')).toBeNull();
    }
    const asset = await fetch(`${gateway.url}/assets/index-Ab12.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const inbox = await fetch(`${gateway.url}/api/inbox`, { headers: HTML });
    expect(inbox.status).toBe(401);
    expect(inbox.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(inbox.headers.get('referrer-policy')).toBe('same-origin');
    const health = await fetch(`${gateway.url}/health`, { headers: HTML });
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const docs = await fetch(`${gateway.url}/docs`, { headers: HTML });
    expect(docs.status).toBe(200);
    expect(await docs.text()).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('marks the session cookie Secure when the proxy in front says https', async () => {
    const answer = await fetch(`${gateway.url}/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-session-transport': 'cookie',
        'x-forwarded-proto': 'https',
      },
      body: JSON.stringify({ username: 'member', password: demoPassword('member') }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.getSetCookie()[0]).toMatch(
      /^opinion_refresh=[^;]+; Max-Age=1209600; Path=\/auth; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );
  });
});
