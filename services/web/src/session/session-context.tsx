import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { me as fetchMe } from '../api/me';
import type { Me } from '../api/types';
import { enableAuthGate } from './auth-gate';
import { refreshSession, signIn, signOut } from './session-api';
import { getAccessToken } from './token-store';

type SessionState =
  { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Me };

interface Session {
  state: SessionState;
  /** Signs in and loads the caller; throws the API's error. */
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in. At start the refresh cookie (if any) is traded for an access token, so a
 * reload keeps the session without keeping any token in the page's storage.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queryClient = useQueryClient();

  useEffect(() => {
    let live = true;
    (async () => {
      const renewed = await refreshSession();
      const caller = renewed ? await fetchMe().catch(() => null) : null;
      if (!live) return;
      enableAuthGate(caller !== null);
      setState(caller ? { status: 'signed-in', me: caller } : { status: 'anonymous' });
    })();
    return () => {
      live = false;
    };
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      await signIn(username, password);
      const caller = await fetchMe();
      setState((previous) => {
        // Someone else signed in over the expired session: nothing of the previous one stays.
        if (previous.status === 'signed-in' && previous.me.userId !== caller.userId) {
          queryClient.clear();
        }
        return { status: 'signed-in', me: caller };
      });
      enableAuthGate(true);
      return caller;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    enableAuthGate(false);
    await signOut(getAccessToken());
    queryClient.clear();
    setState({ status: 'anonymous' });
  }, [queryClient]);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in caller; only for screens behind RequireSession. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe without a session');
  return state.me;
}
