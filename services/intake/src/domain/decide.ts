import {
  directSourceTypeSchema,
  submissionContentSchema,
  SUBMISSION_EVENTS,
  type Actor,
  type NewEvent,
} from '@opinion/contracts';
import { z } from 'zod';
import { isParticipant, mayConvertProposals } from './permissions';
import type { SubmissionCommand } from './submission-commands';
import { SubmissionRuleError } from './submission-errors';
import type { SubmissionState, SubmissionStatus } from './submission-state';

const event = (type: string, data: unknown): NewEvent => ({ type, version: 1, data });

function requireStatus(state: SubmissionState, allowed: SubmissionStatus[], action: string) {
  if (state.status === 'none') throw new SubmissionRuleError('not-found', 'no such submission');
  if (!allowed.includes(state.status)) {
    throw new SubmissionRuleError(
      'invalid-status',
      `cannot ${action} a submission that is ${state.status}`,
    );
  }
}

function requireNew(state: SubmissionState) {
  if (state.status !== 'none') {
    throw new SubmissionRuleError('already-exists', 'the submission exists already');
  }
}

function requireSubmitter(state: SubmissionState, actor: Actor) {
  if (state.submitter?.userId !== actor.userId) {
    throw new SubmissionRuleError('forbidden', 'only the author may change a draft');
  }
}

function requireParticipant(state: SubmissionState, actor: Actor) {
  if (!isParticipant(state, actor)) {
    throw new SubmissionRuleError('forbidden', 'only the submitter or a co-submitter may do this');
  }
}

const completeDraftSchema = z.object({
  sourceType: directSourceTypeSchema,
  content: submissionContentSchema,
});

/** The draft as a complete item, or the fields it still lacks. */
function completeDraft(state: SubmissionState) {
  const draft = state.draft!;
  const result = completeDraftSchema.safeParse({
    sourceType: draft.sourceType,
    content: { coSubmitters: [], ...draft.content },
  });
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => issue.path.slice(-1).map(String).join('.'));
  throw new SubmissionRuleError('incomplete-draft', 'the draft is not complete', [
    ...new Set(fields),
  ]);
}

/**
 * The rules of a submission: which events a command causes in a given state, or why it may not.
 * Pure: ids, clocks and authorship come in with the command.
 */
export function decide(command: SubmissionCommand, state: SubmissionState): NewEvent[] {
  const { submissionId } = command;
  switch (command.kind) {
    case 'save-draft': {
      if (state.status !== 'none') {
        requireStatus(state, ['draft'], 'save a draft of');
        requireSubmitter(state, command.actor);
      }
      return [
        event(SUBMISSION_EVENTS.draftSaved, {
          submissionId,
          submitter: state.submitter ?? { userId: command.actor.userId },
          ...(command.sourceType && { sourceType: command.sourceType }),
          content: command.content,
        }),
      ];
    }
    case 'submit':
      requireNew(state);
      return [
        event(SUBMISSION_EVENTS.submitted, {
          submissionId,
          submitter: { userId: command.actor.userId },
          sourceType: command.sourceType,
          origin: { kind: 'direct' },
          content: command.content,
        }),
      ];
    case 'submit-draft': {
      requireStatus(state, ['draft'], 'submit');
      requireSubmitter(state, command.actor);
      const { sourceType, content } = completeDraft(state);
      return [
        event(SUBMISSION_EVENTS.submitted, {
          submissionId,
          submitter: state.submitter,
          sourceType,
          origin: { kind: 'draft' },
          content,
        }),
      ];
    }
    case 'revise':
      requireStatus(state, ['returned'], 'revise');
      requireParticipant(state, command.actor);
      return [
        event(SUBMISSION_EVENTS.revised, {
          submissionId,
          revision: state.revisions.length + 1,
          content: command.content,
          ...(command.note && { note: command.note }),
        }),
      ];
    case 'withdraw':
      requireStatus(state, ['draft', 'submitted', 'returned'], 'withdraw');
      if (state.status === 'draft') requireSubmitter(state, command.actor);
      else requireParticipant(state, command.actor);
      return [
        event(SUBMISSION_EVENTS.withdrawn, {
          submissionId,
          ...(command.reason && { reason: command.reason }),
        }),
      ];
    case 'convert-proposal': {
      requireNew(state);
      if (!mayConvertProposals(command.actor)) {
        throw new SubmissionRuleError('forbidden', 'only editors may convert proposals');
      }
      const { number, title, body, proposers } = command.proposal;
      const [first, ...others] = proposers;
      return [
        event(SUBMISSION_EVENTS.submitted, {
          submissionId,
          // Credit goes to the proposers, not to the editor who converted the proposal.
          submitter: first,
          sourceType: 'proposal-conversion',
          origin: { kind: 'proposal', proposal: { number, title, proposers } },
          content: { ...command.content, title, body: { text: body }, coSubmitters: others },
        }),
      ];
    }
    case 'record-screening':
      if (state.screeningEventIds.includes(command.decision.screeningEventId)) return [];
      requireStatus(state, ['submitted'], 'screen');
      return [event(SUBMISSION_EVENTS.screeningRecorded, { submissionId, ...command.decision })];
  }
}
