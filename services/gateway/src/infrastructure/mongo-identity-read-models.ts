import type { EventEnvelope } from '@opinion/contracts';
import { StreamDocumentProjection, type StreamDocument } from '@opinion/projections';
import type { Connection } from 'mongoose';
import type { IdentityReadModels } from '../application/identity-streams';
import {
  ORGANISATION_CATEGORY,
  organisationStreamId,
  USER_CATEGORY,
  userStreamId,
} from '../application/identity-streams';
import type { IdentityDirectory } from '../application/ports/identity-directory';
import type { OrganisationState } from '../domain/organisation/organisation';
import type { UserState } from '../domain/user/user';
import { organisationsReadModel, usersReadModel } from '../read-models';

/** The user and organisation read models: one document per stream, folded by the domain's evolve. */
export class MongoIdentityReadModels implements IdentityDirectory, IdentityReadModels {
  private readonly userProjection: StreamDocumentProjection<UserState>;
  private readonly organisationProjection: StreamDocumentProjection<OrganisationState>;

  private constructor(private readonly connection: Connection) {
    this.userProjection = new StreamDocumentProjection(connection, usersReadModel);
    this.organisationProjection = new StreamDocumentProjection(connection, organisationsReadModel);
  }

  static async open(connection: Connection): Promise<MongoIdentityReadModels> {
    await connection
      .collection(usersReadModel.collection)
      .createIndex({ 'state.organisationId': 1 });
    return new MongoIdentityReadModels(connection);
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    const users = events.filter((event) => event.streamId.startsWith(`${USER_CATEGORY}-`));
    const organisations = events.filter((event) =>
      event.streamId.startsWith(`${ORGANISATION_CATEGORY}-`),
    );
    if (users.length > 0) await this.userProjection.apply(users);
    if (organisations.length > 0) await this.organisationProjection.apply(organisations);
  }

  async user(userId: string): Promise<UserState | null> {
    return (await this.userProjection.find(userStreamId(userId)))?.state ?? null;
  }

  async organisation(organisationId: string): Promise<OrganisationState | null> {
    return (
      (await this.organisationProjection.find(organisationStreamId(organisationId)))?.state ?? null
    );
  }

  async organisations(): Promise<OrganisationState[]> {
    const documents = await this.connection
      .collection<StreamDocument<OrganisationState>>(organisationsReadModel.collection)
      .find({})
      .toArray();
    return documents
      .map((document) => document.state)
      .sort((a, b) => a.ancestorIds.length - b.ancestorIds.length);
  }

  async usersOf(organisationId: string, limit: number): Promise<UserState[]> {
    const documents = await this.connection
      .collection<StreamDocument<UserState>>(usersReadModel.collection)
      .find({ 'state.organisationId': organisationId })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    return documents.map((document) => document.state);
  }
}
