import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { SubmissionItem } from './items';

/** One signed-in member: the bearer for the gateway, the identity headers for intake direct. */
export interface Member {
  username: string;
  accessToken: string;
  userId: string;
  organisationId: string;
}

export interface LoadResult {
  requests: number;
  created: number;
  seconds: number;
  /** Latency of the 201s, in milliseconds. */
  latenciesMs: number[];
  /** When each 201 came, in seconds from the start. */
  completedAtS: number[];
  /** Answers by status ('network' when the request failed without one). */
  statuses: Record<string, number>;
  /** Share of the run's wall time this process's event loop was busy, and its CPU time. */
  eventLoopUtilisation: number;
  cpuSeconds: number;
  /** Share of the machine's CPU time (all cores, every process) that was busy. */
  machineBusy: number;
}

/** Busy and total CPU time of all cores since boot, in ms. */
export function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

export const busySince = (before: { busy: number; total: number }) => {
  const now = machineCpu();
  return (now.busy - before.busy) / Math.max(1, now.total - before.total);
};

export type Route = 'gateway' | 'intake';

/** The claims of the access token: the gateway sets intake's identity headers from them. */
function claimsOf(accessToken: string): { sub: string; org: string } {
  const payload = accessToken.split('.')[1];
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    sub: string;
    org: string;
  };
}

/** Signs each member in through the gateway. */
export async function signIn(
  gatewayUrl: string,
  members: Array<{ username: string; password: string }>,
): Promise<Member[]> {
  const signedIn: Member[] = [];
  for (const { username, password } of members) {
    const response = await fetch(`${gatewayUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await response.json()) as { accessToken?: string };
    if (response.status !== 200 || !body.accessToken) {
      throw new Error(`login of ${username} answered ${response.status}`);
    }
    const claims = claimsOf(body.accessToken);
    signedIn.push({
      username,
      accessToken: body.accessToken,
      userId: claims.sub,
      organisationId: claims.org,
    });
  }
  return signedIn;
}

/** The request one submission makes, through the gateway or straight to intake. */
function request(route: Route, baseUrl: string, member: Member, item: SubmissionItem, key: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'idempotency-key': key,
  };
  if (route === 'gateway') {
    headers.authorization = `Bearer ${member.accessToken}`;
  } else {
    // What the gateway sets after it authenticated the caller.
    headers['x-user-id'] = member.userId;
    headers['x-user-role'] = 'member';
    headers['x-org-id'] = member.organisationId;
  }
  const path = route === 'gateway' ? '/api/submissions' : '/submissions';
  return fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(item) });
}

/**
 * `total` submissions by `clients` concurrent clients, each waiting for its answer before it
 * sends the next; client c submits as member c mod members, every request with a key of its own.
 * Node's fetch keeps connections alive, so each client reuses its socket.
 */
export async function fireSubmissions(options: {
  route: Route;
  baseUrl: string;
  members: Member[];
  items: SubmissionItem[];
  total: number;
  clients: number;
  keyPrefix: string;
}): Promise<LoadResult> {
  const { route, baseUrl, members, items, total, clients, keyPrefix } = options;
  const latenciesMs: number[] = [];
  const completedAtS: number[] = [];
  let runStart = 0;
  const statuses: Record<string, number> = {};
  let next = 0;
  let created = 0;
  const count = (status: string) => (statuses[status] = (statuses[status] ?? 0) + 1);

  const client = async (index: number) => {
    const member = members[index % members.length];
    for (let i = next++; i < total; i = next++) {
      const item = items[i % items.length];
      const start = performance.now();
      try {
        const response = await request(route, baseUrl, member, item, `${keyPrefix}-${i}`);
        await response.arrayBuffer();
        count(String(response.status));
        if (response.status === 201) {
          created += 1;
          const now = performance.now();
          latenciesMs.push(now - start);
          completedAtS.push((now - runStart) / 1000);
        }
      } catch {
        count('network');
      }
    }
  };

  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const machine = machineCpu();
  runStart = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  const seconds = (performance.now() - runStart) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    requests: total,
    created,
    seconds,
    latenciesMs,
    completedAtS,
    statuses,
    eventLoopUtilisation: performance.eventLoopUtilization(elu).utilization,
    cpuSeconds: (used.user + used.system) / 1e6,
    machineBusy: busySince(machine),
  };
}
