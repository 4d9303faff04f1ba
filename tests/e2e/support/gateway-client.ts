import { DEMO_USERS } from '../../../services/gateway/src/seed/demo-data';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A body sent as it is (an import file) instead of as JSON. */
export interface RawBody {
  content: Buffer;
  contentType: string;
}

async function accessToken(baseUrl: string, username: string): Promise<string> {
  const { password } = DEMO_USERS.find((user) => user.username === username)!;
  const answer = await send(baseUrl, 'POST', '/auth/login', { username, password });
  if (answer.status !== 200) throw new Error(`login of ${username}: ${answer.status}`);
  return answer.body.accessToken as string;
}

/**
 * One signed-in demo user (seeded by the stack) calling the gateway's public API. It signs in
 * again when its access token has expired, so a long wait (a big import) outlives the token.
 */
export class GatewayClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly username: string,
    private token: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<GatewayClient> {
    return new GatewayClient(baseUrl, username, await accessToken(baseUrl, username));
  }

  get = <T = Record<string, unknown>>(path: string) =>
    this.authorised(() => send<T>(this.baseUrl, 'GET', path, undefined, this.token));

  post = (path: string, body: unknown) =>
    this.authorised(() => send(this.baseUrl, 'POST', path, body, this.token));

  private async authorised<T>(call: () => Promise<Answer<T>>): Promise<Answer<T>> {
    const answer = await call();
    if (answer.status !== 401) return answer;
    this.token = await accessToken(this.baseUrl, this.username);
    return call();
  }
}

const isRaw = (body: unknown): body is RawBody => Buffer.isBuffer((body as RawBody)?.content);

/** A JSON request, or a raw one for a RawBody; the answer's body parsed as JSON. */
async function send<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<Answer<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': isRaw(body) ? body.contentType : 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: isRaw(body) ? body.content : body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as T,
  };
}
