import type { Connection, mongo } from 'mongoose';

/** A read the code sent, as the server will plan it. */
export interface RecordedQuery {
  collection: string;
  command: string;
  filter: Record<string, unknown>;
  sort?: Record<string, unknown>;
  /** The explainable read: writes are planned by the read of their filter. */
  explainable: Record<string, unknown>;
}

export interface QueryPlan {
  query: RecordedQuery;
  /** The plan's stages from the top, e.g. ['LIMIT', 'FETCH', 'IXSCAN']. */
  stages: string[];
  indexes: string[];
}

type Command = Record<string, unknown> & { [key: string]: unknown };

/** The reads inside one command, or none for commands that read nothing (insert, getMore…). */
function readsOf(name: string, command: Command): RecordedQuery[] {
  const collection = String(command[name]);
  const read = (filter: unknown, sort?: unknown, rest: Record<string, unknown> = {}) => {
    const query = (filter ?? {}) as Record<string, unknown>;
    return {
      collection,
      command: name,
      filter: query,
      sort: sort as Record<string, unknown> | undefined,
      explainable: { find: collection, filter: query, ...(sort ? { sort } : {}), ...rest },
    };
  };
  switch (name) {
    case 'find':
      return [read(command.filter, command.sort, command.limit ? { limit: command.limit } : {})];
    case 'count':
      return [read(command.query)];
    case 'aggregate': {
      const [first] = (command.pipeline as Array<Record<string, unknown>>) ?? [];
      return [read(first?.$match)];
    }
    case 'findAndModify':
      return [read(command.query, command.sort)];
    case 'update':
      return (command.updates as Array<{ q: unknown }>).map((update) => read(update.q));
    case 'delete':
      return (command.deletes as Array<{ q: unknown }>).map((remove) => read(remove.q));
    default:
      return [];
  }
}

/** Records every read a connection's client sends (the connection needs `monitorCommands`). */
export function recordQueries(connection: Connection): { queries: RecordedQuery[]; stop(): void } {
  const queries: RecordedQuery[] = [];
  const client = connection.getClient();
  const listener = (event: mongo.CommandStartedEvent) => {
    if (event.databaseName !== connection.name) return;
    queries.push(...readsOf(event.commandName, event.command as Command));
  };
  client.on('commandStarted', listener);
  return { queries, stop: () => client.off('commandStarted', listener) };
}

function stagesOf(plan: Record<string, unknown>): { stages: string[]; indexes: string[] } {
  const stages: string[] = [];
  const indexes: string[] = [];
  const visit = (stage: Record<string, unknown> | undefined) => {
    if (!stage) return;
    stages.push(String(stage.stage));
    if (stage.indexName) indexes.push(String(stage.indexName));
    visit(stage.inputStage as Record<string, unknown> | undefined);
    for (const input of (stage.inputStages as Array<Record<string, unknown>>) ?? []) visit(input);
  };
  visit(plan);
  return { stages, indexes };
}

/** Asks the server how it runs a recorded read (queryPlanner verbosity: nothing is executed). */
export async function explain(connection: Connection, query: RecordedQuery): Promise<QueryPlan> {
  const answer = await connection.db!.command({
    explain: query.explainable,
    verbosity: 'queryPlanner',
  });
  const planner = answer.queryPlanner as { winningPlan: Record<string, unknown> };
  const winning = planner.winningPlan;
  // MongoDB 7+ with the slot-based engine nests the classic plan under queryPlan.
  return { query, ...stagesOf((winning.queryPlan as Record<string, unknown>) ?? winning) };
}

/** A short, stable text for a query: collection, command and the filter's shape. */
export function describeQuery(query: RecordedQuery): string {
  const shape = (value: unknown): unknown => {
    if (Array.isArray(value)) return ['…'];
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.some(([key]) => key.startsWith('$')))
        return Object.fromEntries(
          entries.map(([key, inner]) => [key, key.startsWith('$') ? shape(inner) : 1]),
        );
      return Object.fromEntries(entries.map(([key, inner]) => [key, shape(inner)]));
    }
    return 1;
  };
  const order = query.sort instanceof Map ? Object.fromEntries(query.sort) : query.sort;
  const sort = order ? ` sort ${JSON.stringify(order)}` : '';
  return `${query.collection}.${query.command} ${JSON.stringify(shape(query.filter))}${sort}`;
}
