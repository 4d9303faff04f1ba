import type { InboxPosition } from '../ports/inbox-read-model';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** `nextCursor`: where the page ended, opaque to clients (base64url of the last item's place). */
export const encodeInboxCursor = ({ submittedAt, submissionId }: InboxPosition): string =>
  Buffer.from(JSON.stringify([submittedAt, submissionId])).toString('base64url');

/** The place a cursor names, or null for anything this gateway did not hand out. */
export function decodeInboxCursor(cursor: string): InboxPosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [submittedAt, submissionId] = decoded as unknown[];
    if (typeof submittedAt !== 'string' || !INSTANT.test(submittedAt)) return null;
    if (typeof submissionId !== 'string' || !UUID.test(submissionId)) return null;
    return { submittedAt, submissionId };
  } catch {
    return null;
  }
}
