import { conditionIndex } from '@opinion/projections';
import type { Connection } from 'mongoose';
import type { Reservation, UsernameReservations } from '../application/ports/username-reservations';

interface ReservationDocument {
  /** The lower-case username. */
  _id: string;
  userId: string;
  since: Date;
}

const COLLECTION = 'gateway_usernames';
const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

export class MongoUsernameReservations implements UsernameReservations {
  private readonly conditionIndexed: () => Promise<void>;

  constructor(private readonly connection: Connection) {
    this.conditionIndexed = conditionIndex(this.documents, { _id: 1, userId: 1 });
  }

  private get documents() {
    return this.connection.collection<ReservationDocument>(COLLECTION);
  }

  async claim(username: string, userId: string): Promise<Reservation> {
    const since = new Date();
    try {
      await this.documents.insertOne({ _id: username, userId, since });
      return { userId, since };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const holder = await this.documents.findOne({ _id: username });
    if (!holder) throw new Error(`reservation of ${username} vanished`);
    return { userId: holder.userId, since: holder.since };
  }

  async takeOver(username: string, from: string, to: string): Promise<boolean> {
    await this.conditionIndexed();
    const result = await this.documents.updateOne(
      { _id: username, userId: from },
      { $set: { userId: to, since: new Date() } },
    );
    return result.modifiedCount === 1;
  }

  async holderOf(username: string): Promise<string | null> {
    return (await this.documents.findOne({ _id: username }))?.userId ?? null;
  }
}
