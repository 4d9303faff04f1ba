/** Password hashes, kept beside the event log, never in it. */
export interface Credentials {
  set(userId: string, password: string): Promise<void>;
  /** False for a wrong password or an unknown user (null), after the same work either way. */
  verify(userId: string | null, password: string): Promise<boolean>;
}
