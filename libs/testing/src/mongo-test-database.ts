import mongoose, { type Connection } from 'mongoose';
import { mongoUriForDatabase, testInfrastructure, uniqueName } from './test-environment';

/** A connection to a database of its own, dropped when the test file is done. */
export async function openTestDatabase(prefix: string): Promise<{
  uri: string;
  connection: Connection;
  drop: () => Promise<void>;
}> {
  const uri = mongoUriForDatabase(testInfrastructure().MONGODB_URI, uniqueName(prefix));
  const connection = await mongoose.createConnection(uri).asPromise();
  return {
    uri,
    connection,
    drop: async () => {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}
