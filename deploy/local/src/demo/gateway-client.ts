/** The local gateway (`npm run start:local`). */
export const LOCAL_GATEWAY = 'http://127.0.0.1:3100';

export interface GatewayAnswer<T = unknown> {
  status: number;
  body: T;
}

interface RequestOptions {
  body?: unknown;
  /** A raw upload (the import file) sent as it is, with this media type. */
  upload?: { contentType: string; content: string };
  headers?: Record<string, string>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const parsed = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
};

/**
 * One demo user signed in to the gateway. Waits out 429s (the submit rate limit) instead of
 * failing, and signs in again when the access token has expired (a long load outlives one).
 */
export class GatewaySession {
  private token = '';
  userId = '';
  name = '';

  constructor(
    readonly username: string,
    private readonly password: string,
    private readonly gatewayUrl = LOCAL_GATEWAY,
  ) {}

  async signIn(): Promise<this> {
    const login = await this.send('POST', '/auth/login', {
      body: { username: this.username, password: this.password },
    });
    if (login.status !== 200 && login.status !== 201) {
      throw new Error(`login as ${this.username}: HTTP ${login.status}`);
    }
    this.token = (login.body as { accessToken: string }).accessToken;
    const me = await this.send('GET', '/me');
    if (me.status !== 200) throw new Error(`GET /me as ${this.username}: HTTP ${me.status}`);
    const { userId, displayName } = me.body as { userId: string; displayName: string | null };
    this.userId = userId;
    this.name = displayName ?? this.username;
    return this;
  }

  async request<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: RequestOptions = {},
  ): Promise<GatewayAnswer<T>> {
    const answer = await this.send(method, path, options);
    if (answer.status !== 401) return answer as GatewayAnswer<T>;
    await this.signIn();
    return (await this.send(method, path, options)) as GatewayAnswer<T>;
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    options: RequestOptions = {},
  ): Promise<GatewayAnswer> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.upload) {
      headers['content-type'] = options.upload.contentType;
      body = options.upload.content;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    for (;;) {
      const answer = await fetch(`${this.gatewayUrl}${path}`, { method, headers, body });
      if (answer.status !== 429) {
        return { status: answer.status, body: parsed(await answer.text()) };
      }
      await answer.body?.cancel();
      const wait = Number(answer.headers.get('retry-after'));
      await sleep((Number.isFinite(wait) && wait > 0 ? wait : 5) * 1000);
    }
  }
}
