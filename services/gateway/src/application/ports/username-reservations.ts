export interface Reservation {
  userId: string;
  since: Date;
}

/**
 * Unique usernames without transactions: a document per username under a unique index, written
 * before the user's stream. Whoever holds it owns the name once their stream exists.
 */
export interface UsernameReservations {
  /** Reserves the name for userId if free; returns whoever holds it now (maybe userId). */
  claim(username: string, userId: string): Promise<Reservation>;
  /** Moves an abandoned reservation to another user, only if `from` still holds it. */
  takeOver(username: string, from: string, to: string): Promise<boolean>;
  holderOf(username: string): Promise<string | null>;
}
