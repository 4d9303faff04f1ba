/** Kafka topic of one aggregate type's events: `<context>.<aggregate>.events`. */
export function eventTopic(context: string, aggregate: string): string {
  return `${context}.${aggregate}.events`;
}

/** Where a consumer parks the messages it cannot process, with the reason. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** The topic an event type belongs to: its first two segments name the context and aggregate. */
export function topicForEventType(type: string): string {
  const [context, aggregate] = type.split('.');
  return eventTopic(context, aggregate);
}
