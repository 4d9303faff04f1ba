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
