import type { AccessClaims } from '../../domain/auth/tokens';

export interface IssuedAccessToken {
  accessToken: string;
  /** Seconds until it expires. */
  expiresIn: number;
}

/** Short-lived signed access tokens. */
export interface AccessTokens {
  issue(claims: AccessClaims): Promise<IssuedAccessToken>;
  /** The claims of a valid, unexpired token of ours; null for anything else. */
  verify(token: string): Promise<AccessClaims | null>;
}
