import type { IHeaders } from 'kafkajs';

/** Headers a dead letter carries besides the original message's own. */
export const DLQ_HEADERS = {
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  group: 'dlq-consumer-group',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

export interface DeadLetterReason {
  topic: string;
  partition: number;
  offset: string;
  groupId: string;
  error: Error;
  attempts: number;
  failedAt: Date;
}

export function deadLetterHeaders(
  original: IHeaders | undefined,
  reason: DeadLetterReason,
): IHeaders {
  return {
    ...withoutDeadLetterHeaders(original),
    [DLQ_HEADERS.topic]: reason.topic,
    [DLQ_HEADERS.partition]: String(reason.partition),
    [DLQ_HEADERS.offset]: reason.offset,
    [DLQ_HEADERS.group]: reason.groupId,
    [DLQ_HEADERS.error]: `${reason.error.name}: ${reason.error.message}`.slice(0, 4_000),
    [DLQ_HEADERS.attempts]: String(reason.attempts),
    [DLQ_HEADERS.failedAt]: reason.failedAt.toISOString(),
  };
}

/** The original message's headers, for sending a dead letter back to its topic. */
export function withoutDeadLetterHeaders(headers: IHeaders | undefined): IHeaders {
  const dlqNames = new Set<string>(Object.values(DLQ_HEADERS));
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !dlqNames.has(name)));
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
