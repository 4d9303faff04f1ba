import { JwtService } from '@nestjs/jwt';
import { personRoleSchema } from '@opinion/contracts';
import { z } from 'zod';
import type { AccessTokens } from '../application/ports/access-tokens';
import type { AccessClaims } from '../domain/auth/tokens';

const ISSUER = 'opinion-gateway';
const claimsSchema = z.object({
  sub: z.string().min(1),
  role: personRoleSchema,
  org: z.string().min(1),
  sid: z.string().min(1),
});

/** HS256 access tokens; the algorithm is pinned, so a token cannot choose `none` or RS256. */
export class JwtAccessTokens implements AccessTokens {
  private readonly jwt: JwtService;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.jwt = new JwtService({
      secret,
      signOptions: { algorithm: 'HS256', issuer: ISSUER, expiresIn: ttlSeconds },
      verifyOptions: { algorithms: ['HS256'], issuer: ISSUER },
    });
  }

  async issue(claims: AccessClaims) {
    return { accessToken: await this.jwt.signAsync({ ...claims }), expiresIn: this.ttlSeconds };
  }

  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const parsed = claimsSchema.safeParse(await this.jwt.verifyAsync(token));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
