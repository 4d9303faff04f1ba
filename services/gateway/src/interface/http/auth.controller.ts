import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  IDENTITY_MESSAGES,
  loginRequestSchema,
  refreshRequestSchema,
  type LoginRequest,
} from '@opinion/contracts';
import { localeOf, openApiSchema, parseRequest } from '@opinion/http';
import { UnauthenticatedError } from '../../application/application-errors';
import { AuthenticateHandler } from '../../application/authenticate/authenticate-handler';
import { LoginHandler, type TokenPair } from '../../application/login/login-handler';
import { LogoutHandler } from '../../application/logout/logout-handler';
import type { Principal } from '../../application/principal';
import { RefreshHandler } from '../../application/refresh/refresh-handler';
import { Public } from './access';
import { bearerOf } from './access.guard';
import { IdentityBody } from './identity-body';
import { RateLimited } from './rate-limit';
import {
  SESSION_TRANSPORT_HEADER,
  SessionCookie,
  type CookieRequest,
  type CookieResponse,
} from './session-cookie';

/** With the cookie transport the refresh token may come from the cookie instead. */
const cookieRefreshRequestSchema = refreshRequestSchema.partial();

const transportHeader = {
  name: SESSION_TRANSPORT_HEADER,
  required: false,
  description:
    '`cookie`: the refresh token travels in the httpOnly cookie `opinion_refresh` (path /auth), ' +
    'never in the body (browsers; ADR 0011)',
};

type AuthRequest = CookieRequest & { body?: unknown };

/**
 * Sign-in, refresh and sign-out. API clients get the refresh token in the body and send it back
 * in the body; a browser asks with `X-Session-Transport: cookie` and gets it as a cookie instead,
 * which only that header lets the gateway use.
 */
@ApiTags('auth')
@ApiHeader(transportHeader)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginHandler,
    private readonly refresh: RefreshHandler,
    private readonly logout: LogoutHandler,
    private readonly authenticate: AuthenticateHandler,
    private readonly cookie: SessionCookie,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimited('login')
  @ApiBody({ schema: openApiSchema(loginRequestSchema) })
  async signIn(
    @IdentityBody(loginRequestSchema) credentials: LoginRequest,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) response: CookieResponse,
  ) {
    const earlier = SessionCookie.tokenOf(request);
    const pair = await this.login.execute(credentials);
    // This browser's earlier session, if it still has one, ends: it is replaced, not kept.
    if (earlier) await this.logout.execute({ refreshToken: earlier });
    return this.answer(pair, request, response);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiBody({ schema: openApiSchema(refreshRequestSchema) })
  async rotate(@Req() request: AuthRequest, @Res({ passthrough: true }) response: CookieResponse) {
    const viaCookie = SessionCookie.wanted(request);
    const schema = viaCookie ? cookieRefreshRequestSchema : refreshRequestSchema;
    const body = parseRequest(schema, request.body ?? {}, localeOf(request), IDENTITY_MESSAGES);
    const token = body.refreshToken ?? SessionCookie.tokenOf(request);
    try {
      if (!token) throw new UnauthenticatedError('no refresh token');
      return this.answer(await this.refresh.execute(token), request, response);
    } catch (error) {
      // A dead cookie is dropped, so the browser stops presenting it.
      if (viaCookie) this.cookie.clear(request, response);
      throw error;
    }
  }

  /**
   * Ends the session of the access token, or of the browser's cookie (with the header), or both:
   * a browser whose access token has expired can still sign out. 401 when neither names one.
   */
  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiBearerAuth()
  async signOut(@Req() request: AuthRequest, @Res({ passthrough: true }) response: CookieResponse) {
    const refreshToken = SessionCookie.tokenOf(request);
    if (SessionCookie.wanted(request)) this.cookie.clear(request, response);
    const principal = await this.principalOf(request, refreshToken !== undefined);
    if (!(await this.logout.execute({ principal, refreshToken }))) {
      throw new UnauthenticatedError('no session to end');
    }
  }

  /** The access token's caller; an invalid one is overlooked when a cookie may end the session. */
  private async principalOf(request: AuthRequest, hasCookie: boolean): Promise<Principal | null> {
    const bearer = bearerOf(request);
    if (!bearer && hasCookie) return null;
    try {
      return await this.authenticate.execute(bearer);
    } catch (error) {
      if (error instanceof UnauthenticatedError && hasCookie) return null;
      throw error;
    }
  }

  /** The pair as it was, or with the refresh token moved into the cookie. */
  private answer(pair: TokenPair, request: AuthRequest, response: CookieResponse) {
    if (!SessionCookie.wanted(request)) return pair;
    const { refreshToken, ...access } = pair;
    this.cookie.set(request, response, refreshToken);
    return access;
  }
}
