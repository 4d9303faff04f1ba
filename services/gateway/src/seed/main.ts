import 'reflect-metadata';
import { EventRegistry, registerIdentityEvents } from '@opinion/contracts';
import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import mongoose from 'mongoose';
import { CreateOrganisationHandler } from '../application/create-organisation/create-organisation-handler';
import { CreateUserHandler } from '../application/create-user/create-user-handler';
import {
  IdentityStreams,
  ORGANISATION_CATEGORY,
  USER_CATEGORY,
} from '../application/identity-streams';
import { Argon2Credentials } from '../infrastructure/argon2-credentials';
import { MongoIdentityReadModels } from '../infrastructure/mongo-identity-read-models';
import { MongoUsernameReservations } from '../infrastructure/mongo-username-reservations';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data';
import { seed } from './seed';

/**
 * `node -r @swc-node/register services/gateway/src/seed/main.ts`: the demo committee tree and
 * one user of every role. Needs only MongoDB; the gateway's outbox relay publishes the events
 * when it runs. Prints the passwords of the users it created, so only on the first run.
 */
async function main() {
  const { MONGODB_URI } = loadConfig(infrastructureEnvSchema);
  const connection = await mongoose.createConnection(MONGODB_URI).asPromise();
  try {
    const store = new EventStore(await eventStoreModels(connection), {
      registry: registerIdentityEvents(new EventRegistry()),
      ownedCategories: [USER_CATEGORY, ORGANISATION_CATEGORY],
    });
    const streams = new IdentityStreams(store, await MongoIdentityReadModels.open(connection));
    const result = await seed(
      {
        createOrganisation: new CreateOrganisationHandler(streams),
        createUser: new CreateUserHandler(
          streams,
          new MongoUsernameReservations(connection),
          new Argon2Credentials(connection),
        ),
      },
      { organisations: DEMO_ORGANISATIONS, users: DEMO_USERS },
    );
    const lines = [
      `organisations created: ${result.organisations.join(' → ') || 'none (already there)'}`,
      `users created: ${result.users.length || 'none (already there)'}`,
      ...result.users.map((user) => `  ${user.role.padEnd(8)} ${user.username} / ${user.password}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
