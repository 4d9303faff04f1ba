import type { Actor } from '@opinion/contracts';
import { currentContent, type SubmissionState } from './submission-state';

/** The submitter and co-submitters of the current text: who may revise or withdraw it. */
export function participants(state: SubmissionState): string[] {
  const coSubmitters = currentContent(state)?.coSubmitters ?? state.draft?.content.coSubmitters;
  return [state.submitter?.userId, ...(coSubmitters ?? []).map((person) => person.userId)].filter(
    (userId): userId is string => Boolean(userId),
  );
}

export const isParticipant = (state: SubmissionState, actor: Actor): boolean =>
  participants(state).includes(actor.userId);

/** Converting proposals is the information office's work (信息处), not a member's. */
export const mayConvertProposals = (actor: Actor): boolean =>
  actor.role === 'editor' || actor.role === 'admin';

const STAFF_ROLES = new Set(['editor', 'reviewer', 'analyst', 'admin']);

/** Staff of the information office see every item; members see the ones they are credited on. */
export const isStaff = (actor: Actor): boolean => STAFF_ROLES.has(actor.role);

export const mayView = (state: SubmissionState, actor: Actor): boolean =>
  isStaff(actor) || isParticipant(state, actor);

/** 批量导入 is for liaison points and the information office. */
export const mayImport = (actor: Actor): boolean =>
  actor.role === 'liaison' || actor.role === 'editor' || actor.role === 'admin';

/** An import's report is the importer's, and open to staff of the importer's organisation. */
export const mayReadImport = (importer: Actor, actor: Actor): boolean =>
  actor.userId === importer.userId || (isStaff(actor) && actor.orgId === importer.orgId);
