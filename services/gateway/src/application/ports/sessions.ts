export interface OpenedSession {
  sessionId: string;
  refreshToken: string;
}

/** Login sessions with their current refresh token; revoking one refuses its access tokens. */
export interface Sessions {
  open(userId: string): Promise<OpenedSession>;
  /**
   * Exchanges a refresh token for the next one. Null when it is unknown or expired; when it is
   * the one before the current (a stolen copy replayed), the whole session is revoked too.
   */
  rotate(refreshToken: string): Promise<(OpenedSession & { userId: string }) | null>;
  isActive(sessionId: string): Promise<boolean>;
  revoke(sessionId: string): Promise<void>;
  revokeAllOf(userId: string): Promise<void>;
}
