import { createHash } from 'node:crypto';
import type { SubmitRequest } from '@opinion/contracts';

/** Full-width forms, spaces and case do not make a different item. */
const normalise = (text: string | undefined) =>
  (text ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The idempotency key of an imported item: its normalised title, body and submitter. The same
 * row in the same or another file gets the same key, so SubmitHandler returns the item it created
 * the first time and appends nothing.
 */
export function importKey(request: SubmitRequest, submitter: string): string {
  const { body } = request;
  const parts = [request.title, body.text, body.situation, body.problem, body.suggestions];
  const digest = createHash('sha256')
    .update([...parts.map(normalise), submitter].join('\u0000'))
    .digest('hex');
  return `import:${digest}`;
}
