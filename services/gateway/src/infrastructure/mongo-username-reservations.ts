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
  private conditionIndex: Promise<string> | undefined;

  constructor(private readonly connection: Connection) {}

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
    // SecantusDB plans an index only for a filter whose every field it holds (ADR 0010).
    await (this.conditionIndex ??= this.documents.createIndex({ _id: 1, userId: 1 }));
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
