import { eventually, untilGroupsJoined } from '@opinion/testing';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Until every service has its consumer groups under `prefix` and all of them have joined: they
 * start at the topics' end, so they see only what is sent after they have their partitions.
 * The groups are found by prefix, so this does not need to know each service's group names.
 */
export async function untilConsuming(
  brokers: string[],
  prefix: string,
  services: string[],
): Promise<void> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const groupIds = await eventually(async () => {
    const ids = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((id) => id.startsWith(prefix));
    const missing = services.filter(
      (service) => !ids.some((id) => id.startsWith(`${prefix}${service}`)),
    );
    if (missing.length > 0) throw new Error(`no consumer group yet for ${missing.join(', ')}`);
    return ids;
  }, 60_000).finally(() => admin.disconnect());
  await untilGroupsJoined(kafka, groupIds);
}
