import { hash, verify } from '@node-rs/argon2';
import type { Connection } from 'mongoose';
import type { Credentials } from '../application/ports/credentials';

interface CredentialDocument {
  _id: string;
  hash: string;
  updatedAt: Date;
}

const COLLECTION = 'gateway_credentials';

/**
 * argon2id hashes (the library's defaults: 19 MiB, 2 passes, OWASP's minimum) in a collection
 * of their own; the event log only says that a password changed.
 */
export class Argon2Credentials implements Credentials {
  /** Verified against when the user is unknown, so both cases cost one argon2 run. */
  private readonly decoy = hash('decoy password of no user');

  constructor(private readonly connection: Connection) {}

  private get documents() {
    return this.connection.collection<CredentialDocument>(COLLECTION);
  }

  async set(userId: string, password: string): Promise<void> {
    await this.documents.updateOne(
      { _id: userId },
      { $set: { hash: await hash(password), updatedAt: new Date() } },
      { upsert: true },
    );
  }

  async verify(userId: string | null, password: string): Promise<boolean> {
    const stored = userId ? await this.documents.findOne({ _id: userId }) : null;
    const matches = await verify(stored?.hash ?? (await this.decoy), password);
    return Boolean(stored) && matches;
  }
}
