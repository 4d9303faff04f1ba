/**
 * Requests that met a 401 their refresh could not cure wait here while the sign-in modal is
 * open; signing in again lets them retry, so the screen carries on where it was.
 */
type Listener = (open: boolean) => void;

let waiting: Array<{ resolve: () => void; reject: (reason: unknown) => void }> = [];
const listeners = new Set<Listener>();
let enabled = false;

const notify = (open: boolean) => listeners.forEach((listener) => listener(open));

/** Only a signed-in app asks to sign in again; before that, a 401 is just an error. */
export function enableAuthGate(on: boolean): void {
  enabled = on;
}

export function waitForSignIn(): Promise<void> {
  if (!enabled) return Promise.reject(new Error('not signed in'));
  return new Promise((resolve, reject) => {
    waiting.push({ resolve, reject });
    if (waiting.length === 1) notify(true);
  });
}

export function signedInAgain(): void {
  const released = waiting;
  waiting = [];
  notify(false);
  released.forEach(({ resolve }) => resolve());
}

export function gaveUpSigningIn(reason: unknown): void {
  const released = waiting;
  waiting = [];
  notify(false);
  released.forEach(({ reject }) => reject(reason));
}

export function onSignInNeeded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
