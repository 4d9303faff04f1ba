import { emptyUser } from '../user/user';
import {
  accessClaimsOf,
  formatRefreshToken,
  maySignIn,
  parseRefreshToken,
  retryAfterSeconds,
} from './tokens';

const sessionId = '019a0000-0000-7000-8000-000000000001';
const secret = 'a'.repeat(43);
const user = {
  ...emptyUser(),
  userId: 'u-1',
  username: 'zhang',
  role: 'member' as const,
  organisationId: 'org-1',
};

describe('token rules', () => {
  it('round-trips a refresh token and refuses anything else', () => {
    expect(parseRefreshToken(formatRefreshToken(sessionId, secret))).toEqual({ sessionId, secret });
    expect(parseRefreshToken(`${sessionId}.short`)).toBeNull();
    expect(parseRefreshToken(`${sessionId}.${secret}.x`)).toBeNull();
    expect(parseRefreshToken(`{"$gt":""}.${secret}`)).toBeNull();
  });

  it('lets only enabled users with a role and a committee sign in', () => {
    expect(maySignIn(user)).toBe(true);
    expect(maySignIn({ ...user, disabled: true })).toBe(false);
    expect(maySignIn({ ...user, organisationId: null })).toBe(false);
    expect(maySignIn(null)).toBe(false);
  });

  it('puts who, role, committee and session in the access claims', () => {
    expect(accessClaimsOf(user, sessionId)).toEqual({
      sub: 'u-1',
      role: 'member',
      org: 'org-1',
      sid: sessionId,
    });
  });

  it('rounds Retry-After up to whole seconds, at least one', () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1_001)).toBe(2);
    expect(retryAfterSeconds(60_000)).toBe(60);
  });
});
