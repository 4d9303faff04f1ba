/** What an append expects of its stream: an exact version, that it does not exist yet, or anything. */
export type ExpectedVersion = number | 'no_stream' | 'any';

/** The stream moved on since the caller read it (or never existed): reload and decide again. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId}: expected version ${expected}, actual ${actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** A service tried to write a stream of a category it does not own. */
export class StreamOwnershipError extends Error {
  constructor(
    readonly streamId: string,
    readonly owned: readonly string[],
  ) {
    super(`Stream ${streamId} is not in a category this store writes (${owned.join(', ')})`);
    this.name = 'StreamOwnershipError';
  }
}
