/**
 * Stream ids are `<category>-<id>`, e.g. `submission-0193…`. The category names the aggregate
 * type, decides which service may write the stream, and is indexed for the outbox relay.
 */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  if (dash <= 0) throw new Error(`stream id ${streamId} has no "<category>-" prefix`);
  return streamId.slice(0, dash);
}

export const streamIdOf = (category: string, id: string): string => `${category}-${id}`;
