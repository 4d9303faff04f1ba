import {
  call,
  demoPassword,
  startGatewayTestApp,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';

describe('gateway auth, admin and input rules (real MongoDB, Redis, Kafka)', () => {
  let gateway: GatewayTestApp;
  // Logged in once: this spec limits logins to three per username.
  let admin: string;
  const login = (username: string, password = demoPassword(username), ip?: string) =>
    call(gateway.url, 'POST', '/auth/login', {
      body: { username, password },
      ...(ip && { headers: { 'x-forwarded-for': ip } }),
    });

  beforeAll(async () => {
    gateway = await startGatewayTestApp({ LOGIN_LIMIT_PER_USERNAME: '3/60' });
    admin = (await login('admin')).body.accessToken as string;
  });
  afterAll(() => gateway?.close());

  it('signs in with an access and a refresh token, and says who is signed in', async () => {
    const signedIn = await login('member');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await call(gateway.url, 'GET', '/me', {
      token: signedIn.body.accessToken as string,
    });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'member',
      role: 'member',
      profile: { sector: '经济界', party: '民盟', specialCommittee: '经济委员会' },
      organisation: { name: '某区政协', level: 'county' },
    });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await login('editor', 'not-the-password');
    const unknown = await login('nobody-here', 'whatever-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rotates refresh tokens: the old one is refused, and replaying it ends the session', async () => {
    const first = (await login('reviewer')).body;
    const second = await call(gateway.url, 'POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const replay = await call(gateway.url, 'POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(replay.status).toBe(401);
    const afterReplay = await call(gateway.url, 'GET', '/me', {
      token: second.body.accessToken as string,
    });
    expect(afterReplay.status).toBe(401);
  });

  it('logout revokes the session: its access token is refused at once', async () => {
    const { accessToken, refreshToken } = (await login('analyst')).body as Record<string, string>;
    expect((await call(gateway.url, 'POST', '/auth/logout', { token: accessToken })).status).toBe(
      204,
    );
    expect((await call(gateway.url, 'GET', '/me', { token: accessToken })).status).toBe(401);
    const refresh = await call(gateway.url, 'POST', '/auth/refresh', { body: { refreshToken } });
    expect(refresh.status).toBe(401);
  });

  describe('a browser’s session: the refresh token in a cookie (X-Session-Transport: cookie)', () => {
    const BROWSER = { 'x-session-transport': 'cookie', 'content-type': 'application/json' };
    const post = (path: string, headers: Record<string, string>, body: unknown = {}) =>
      fetch(`${gateway.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const cookieOf = (response: Response) => {
      const [cookie] = response.headers.getSetCookie();
      return { header: cookie, value: cookie?.split(';')[0] ?? '' };
    };
    const browserLogin = async (username: string) => {
      const answer = await post('/auth/login', BROWSER, {
        username,
        password: demoPassword(username),
      });
      expect(answer.status).toBe(200);
      return { body: (await answer.json()) as Record<string, unknown>, cookie: cookieOf(answer) };
    };

    it('sets an httpOnly, SameSite=Strict cookie for /auth and leaves the token out of the body', async () => {
      const { body, cookie } = await browserLogin('member2');
      expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
      expect(cookie.value).toMatch(/^opinion_refresh=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(cookie.header).toMatch(
        /; Max-Age=1209600; Path=\/auth; Expires=[^;]+; HttpOnly; SameSite=Strict$/,
      );
      expect(cookie.header).not.toMatch(/Secure/);
      const me = await call(gateway.url, 'GET', '/me', { token: body.accessToken as string });
      expect(me.body).toMatchObject({ username: 'member2' });
    });

    it('refreshes from the cookie only with the header, rotates it, and ends the session on a replay', async () => {
      const first = await browserLogin('member2');
      const withoutHeader = await post('/auth/refresh', {
        'content-type': 'application/json',
        cookie: first.cookie.value,
      });
      expect(withoutHeader.status).toBe(400);

      const refreshed = await post('/auth/refresh', { ...BROWSER, cookie: first.cookie.value });
      expect(refreshed.status).toBe(200);
      const body = (await refreshed.json()) as Record<string, unknown>;
      expect(body).not.toHaveProperty('refreshToken');
      const second = cookieOf(refreshed);
      expect(second.value).not.toBe(first.cookie.value);
      const token = body.accessToken as string;
      expect((await call(gateway.url, 'GET', '/me', { token })).status).toBe(200);

      const replayed = await post('/auth/refresh', { ...BROWSER, cookie: first.cookie.value });
      expect(replayed.status).toBe(401);
      expect(cookieOf(replayed).header).toMatch(
        /^opinion_refresh=; Path=\/auth; Expires=Thu, 01 Jan 1970/,
      );
      expect((await call(gateway.url, 'GET', '/me', { token })).status).toBe(401);
      const next = await post('/auth/refresh', { ...BROWSER, cookie: second.value });
      expect(next.status).toBe(401);
    });

    it('signs out with the cookie alone (an expired access token is no obstacle) and clears it', async () => {
      const { body, cookie } = await browserLogin('city-editor');
      const ignored = await post('/auth/logout', { cookie: cookie.value });
      expect(ignored.status).toBe(401);
      const out = await post('/auth/logout', {
        ...BROWSER,
        cookie: cookie.value,
        authorization: 'Bearer not-a-valid-token',
      });
      expect(out.status).toBe(204);
      expect(cookieOf(out).header).toMatch(
        /^opinion_refresh=; Path=\/auth; Expires=Thu, 01 Jan 1970/,
      );
      const token = body.accessToken as string;
      expect((await call(gateway.url, 'GET', '/me', { token })).status).toBe(401);
      expect((await post('/auth/refresh', { ...BROWSER, cookie: cookie.value })).status).toBe(401);
      expect((await post('/auth/logout', BROWSER)).status).toBe(401);
    });
  });

  it('limits login attempts per username with 429 and Retry-After', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await login('liaison', 'wrong-password-1')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await login('liaison');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets an administrator create a user who can then sign in, and update them', async () => {
    const created = await call(gateway.url, 'POST', '/admin/users', {
      token: admin,
      body: {
        username: 'Chen.New',
        password: 'a-new-password',
        displayName: '陈委员',
        organisationId: 'demo-district',
        role: 'member',
        sector: '医药卫生界',
      },
    });
    expect(created.status).toBe(201);
    const again = await call(gateway.url, 'POST', '/admin/users', {
      token: admin,
      body: {
        username: 'chen.new',
        password: 'another-password',
        displayName: '陈二',
        organisationId: 'demo-district',
        role: 'member',
      },
    });
    expect(again.status).toBe(409);
    const session = await login('chen.new', 'a-new-password');
    expect(session.status).toBe(200);

    const disabled = await call(gateway.url, 'PATCH', `/admin/users/${created.body.userId}`, {
      token: admin,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    const token = session.body.accessToken as string;
    expect((await call(gateway.url, 'GET', '/me', { token })).status).toBe(401);
    expect((await login('chen.new', 'a-new-password')).status).toBe(401);
  });

  it('takes over a username left by a registration that crashed, never a fresh one', async () => {
    const usernames = gateway.connection.collection<{
      _id: string;
      userId: string;
      since: Date;
    }>('gateway_usernames');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await usernames.insertMany([
      { _id: 'crashed.one', userId: 'ghost-1', since: longAgo },
      { _id: 'in.flight', userId: 'ghost-2', since: new Date() },
    ]);
    const create = (username: string) =>
      call(gateway.url, 'POST', '/admin/users', {
        token: admin,
        body: {
          username,
          password: 'a-new-password',
          displayName: '新用户',
          organisationId: 'demo-district',
          role: 'member',
        },
      });
    expect((await create('crashed.one')).status).toBe(201);
    expect((await login('crashed.one', 'a-new-password')).status).toBe(200);
    expect((await create('in.flight')).status).toBe(409);
  });

  it('keeps administrators to their own committees', async () => {
    const upward = await call(gateway.url, 'POST', '/admin/users', {
      token: admin,
      body: {
        username: 'city-person',
        password: 'a-new-password',
        displayName: '市里的人',
        organisationId: 'demo-city',
        role: 'editor',
      },
    });
    expect(upward.status).toBe(403);
    const tree = await call(gateway.url, 'GET', '/admin/organisations', { token: admin });
    expect((tree.body as unknown as Array<{ name: string }>).map((o) => o.name)).toEqual([
      '某区政协',
    ]);
  });

  it('rejects operator payloads, unknown and $-prefixed keys with field errors (400)', async () => {
    const injected = await call(gateway.url, 'POST', '/auth/login', {
      body: { username: { $gt: '' }, password: { $gt: '' } },
    });
    expect(injected.status).toBe(400);
    expect(injected.body.errors!.map((error) => error.field).sort()).toEqual([
      'password',
      'username',
    ]);
    const keys = await call(gateway.url, 'POST', '/admin/organisations', {
      token: admin,
      headers: { 'accept-language': 'en' },
      body: { name: '某街道', level: 'county', parentId: 'demo-city', $where: '1' },
    });
    expect(keys.status).toBe(400);
    expect(keys.body.errors).toEqual([{ field: '$where', message: 'Unknown field' }]);
    const path = await call(
      gateway.url,
      'GET',
      `/admin/users/${encodeURIComponent('{"$gt":""}')}`,
      {
        token: admin,
      },
    );
    expect(path.status).toBe(400);
    const zh = await call(gateway.url, 'POST', '/admin/users', {
      token: admin,
      body: {
        username: 'ab',
        password: 'short',
        displayName: '',
        organisationId: 'demo-district',
        role: 'member',
      },
    });
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'username', message: '用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头' },
        { field: 'password', message: '密码长度应为 10–200 个字符' },
      ]),
    );
  });

  it('answers 413 for a body over the limit and 400 for malformed JSON', async () => {
    const big = await call(gateway.url, 'POST', '/auth/login', {
      rawBody: JSON.stringify({ username: 'member', password: 'x'.repeat(300 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(big.body.errors).toEqual([{ field: '', message: '请求内容过大' }]);
    const malformed = await call(gateway.url, 'POST', '/auth/login', { rawBody: '{"username":' });
    expect(malformed.status).toBe(400);
  });

  it('serves health, metrics and the OpenAPI document without a token', async () => {
    const health = await call(gateway.url, 'GET', '/health');
    expect(health.body).toMatchObject({ status: 'ok' });
    expect((await call(gateway.url, 'GET', '/metrics')).body.text).toContain(
      'http_request_duration_seconds',
    );
    expect((await call(gateway.url, 'GET', '/docs-json')).body).toMatchObject({
      openapi: expect.any(String),
    });
  });
});
