import {
  EventRegistry,
  newId,
  registerScreeningEvents,
  registerSubmissionEvents,
  SCREENING_EVENTS,
  SUBMISSION_EVENTS,
  type Actor,
  type DraftSaved,
  type EventEnvelope,
  type EventMetadata,
  type NewEvent,
  type Revised,
  type ScreeningRecorded,
  type Submitted,
  type SubmissionContent,
  type SubmitRequest,
  type Withdrawn,
} from '@opinion/contracts';
import { InMemoryEventStore } from '@opinion/event-store';
import { SUBMISSION_CATEGORY, submissionStreamId } from '../application/submission-streams';

/*
 * People, requests and events for intake's specs without servers. Event builders make exactly
 * what the decider appends, so a spec's given and expected events read alike.
 */

export const member: Actor = { userId: 'm-1', role: 'member', orgId: 'org-county' };
export const coSubmitter: Actor = { userId: 'm-2', role: 'member', orgId: 'org-county' };
export const stranger: Actor = { userId: 'm-9', role: 'member', orgId: 'org-county' };
export const editor: Actor = { userId: 'e-1', role: 'editor', orgId: 'org-county' };
export const liaison: Actor = { userId: 'l-1', role: 'liaison', orgId: 'org-county' };
export const system: Actor = { userId: 'editorial', role: 'system', orgId: 'org-county' };

export const metadataOf = (actor: Actor, correlationId = 'c-1'): EventMetadata => ({
  actor,
  correlationId,
  causationId: null,
});

export const submissionId = '019a0000-0000-7000-8000-000000000001';
export const otherSubmissionId = '019a0000-0000-7000-8000-000000000002';
export const streamOf = submissionStreamId;

export const content: SubmissionContent = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '服务不足', suggestions: '增设日间照料中心' },
  coSubmitters: [{ userId: 'm-2' }],
};
export const revisedContent: SubmissionContent = {
  ...content,
  title: '关于加强社区居家养老服务的建议',
};

export const submitRequest: SubmitRequest = { ...content, sourceType: 'member' };

export const submissionRegistry = (): EventRegistry =>
  registerSubmissionEvents(new EventRegistry());

/** Intake's store in memory: it owns the submission streams. */
export const intakeStore = (clock?: () => Date): InMemoryEventStore =>
  new InMemoryEventStore({
    registry: submissionRegistry(),
    ownedCategories: [SUBMISSION_CATEGORY],
    ...(clock && { clock }),
  });

const event = <Data>(type: string, data: Data): NewEvent => ({ type, version: 1, data });

export const draftSaved = (data: Partial<DraftSaved> = {}): NewEvent =>
  event<DraftSaved>(SUBMISSION_EVENTS.draftSaved, {
    submissionId,
    submitter: { userId: member.userId },
    content,
    ...data,
  });

export const submitted = (data: Partial<Submitted> = {}): NewEvent =>
  event<Submitted>(SUBMISSION_EVENTS.submitted, {
    submissionId,
    submitter: { userId: member.userId },
    sourceType: 'member',
    origin: { kind: 'direct' },
    content,
    ...data,
  });

export const revised = (data: Partial<Revised> = {}): NewEvent =>
  event<Revised>(SUBMISSION_EVENTS.revised, {
    submissionId,
    revision: 2,
    content: revisedContent,
    ...data,
  });

export const withdrawn = (data: Partial<Withdrawn> = {}): NewEvent =>
  event<Withdrawn>(SUBMISSION_EVENTS.withdrawn, { submissionId, ...data });

export const returned = (screeningEventId = 's-1', comments = '请补充数据'): NewEvent =>
  screeningRecorded({ submissionId, outcome: 'returned', comments, screeningEventId });

export const screeningRecorded = (data: ScreeningRecorded): NewEvent =>
  event<ScreeningRecorded>(SUBMISSION_EVENTS.screeningRecorded, data);

/** Editorial's decision to return an item for revision (退回修改), as it arrives on its topic. */
export const returnedByEditor = (itemId: string, comments = '请补充具体数据'): EventEnvelope =>
  registerScreeningEvents(new EventRegistry()).read({
    eventId: newId(),
    type: SCREENING_EVENTS.returned,
    version: 1,
    streamId: `screening-${itemId}`,
    streamPosition: 1,
    occurredAt: new Date().toISOString(),
    actor: editor,
    correlationId: newId(),
    causationId: null,
    data: { submissionId: itemId, comments },
  });
