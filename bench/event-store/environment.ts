import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import mongoose, { type Connection } from 'mongoose';

/** A database no other run uses, dropped at the end so runs never see each other's data. */
export async function openFreshDatabase(
  uri: string,
): Promise<{ connection: Connection; name: string; drop: () => Promise<void> }> {
  const url = new URL(uri);
  const name = `bench-event-store-${randomUUID().slice(0, 8)}`;
  url.pathname = `/${name}`;
  const connection = await mongoose.createConnection(url.toString()).asPromise();
  return {
    connection,
    name,
    drop: async () => {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}

export function describeMachine(): string {
  const cores = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${cores.length} cores (${cores[0]?.model.trim()}), ${gib} GiB, Node ${process.version}`;
}

/** Load average over 1, 5 and 15 minutes: the machine may be shared with other work. */
export const describeLoad = (): string =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');

/** SecantusDB names itself in buildInfo (`secantusVersion`) beside the MongoDB version it speaks. */
export async function describeServer(connection: Connection, uri: string): Promise<string> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  const host = new URL(uri).host;
  const name =
    typeof info.secantusVersion === 'string'
      ? `SecantusDB ${info.secantusVersion}`
      : 'MongoDB-wire server';
  return `${name}, MongoDB ${info.version} on the wire, at ${host}`;
}
