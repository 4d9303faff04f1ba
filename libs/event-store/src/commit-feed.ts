import type { CommitDocument } from './commit-document';

export type CommitListener = (commit: CommitDocument) => void;

/**
 * Tells listeners in this process about every commit as soon as it is stored, so the outbox
 * relay can publish it at once instead of waiting for its next look at the log.
 */
export class CommitFeed {
  private readonly listeners = new Set<CommitListener>();

  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  announce(commit: CommitDocument): void {
    for (const listener of this.listeners) listener(commit);
  }
}
